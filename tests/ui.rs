//! The UI without a terminal: `update` driven by actions, and screens rendered into a
//! `TestBackend` and read back cell by cell.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use saywho::model::{Article, Document};
use saywho::ui::action::{Action, Effect};
use saywho::ui::app::{Focus, Screen};
use saywho::ui::theme::Theme;
use saywho::ui::worker::{find_topics, run_search, SearchRequest};
use saywho::ui::{update_inline, App, BidiMode};

fn sample() -> Document {
    let loaded = saywho::load::sample();
    saywho::pipeline::extract(loaded.articles, &loaded.speakers)
}

fn app_with(doc: Document, bidi: BidiMode, w: u16, h: u16) -> App {
    App::new(doc, bidi, Theme::mono(), Rect::new(0, 0, w, h))
}

fn app(w: u16, h: u16) -> App {
    app_with(sample(), BidiMode::App, w, h)
}

fn render(app: &App) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(app.size.width, app.size.height)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t.backend().buffer().clone()
}

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height).map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()).collect()
}

fn screen(buf: &Buffer) -> String {
    rows(buf).join("\n")
}

fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        update_inline(app, Action::SearchInput(c));
    }
}

fn printable_only(buf: &Buffer) {
    for c in screen(buf).chars() {
        assert!(c == '\n' || !saywho::sanitize::is_unsafe(c), "unsafe {c:?} reached the buffer");
    }
}

#[test]
fn browse_screen_shows_speakers_statements_detail_and_status() {
    let a = app(100, 30);
    let buf = render(&a);
    let s = screen(&buf);
    for want in [
        "Speakers (2)",
        "All speakers",
        "Xi Jinping",
        "Kassym-Jomart Tokayev",
        "Statements — all speakers (29)",
        "Statement",
        "Context ¶1",
        "29 statements · 2 speakers",
        "/ search",
        "? help",
    ] {
        assert!(s.contains(want), "missing {want:?} in\n{s}");
    }
    let r = rows(&buf);
    assert!(r[1].contains("All speakers") && r[1].contains("29"));
    assert!(r[2].contains("Xi Jinping") && r[2].contains("18"));
    assert!(r[3].contains("Tokayev") && r[3].contains("11"));
    printable_only(&buf);
}

#[test]
fn browse_fits_80_by_24() {
    let buf = render(&app(80, 24));
    let s = screen(&buf);
    assert!(s.contains("Speakers (2)") && s.contains("Statements") && s.contains("q quit"), "{s}");
}

#[test]
fn whole_screen_snapshot_in_logical_order() {
    let a = app_with(sample(), BidiMode::Off, 100, 30);
    insta::assert_snapshot!("browse_off_100x30", screen(&render(&a)));
}

#[test]
fn selecting_a_speaker_lists_only_their_statements() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::FocusPrev);
    assert_eq!(a.browse.focus, Focus::Speakers);
    update_inline(&mut a, Action::Down);
    update_inline(&mut a, Action::Down);
    assert_eq!(a.browse.list.len(), 11);
    assert!(a.browse.list.iter().all(|&q| &*a.doc.quotes[q].speaker == "Kassym-Jomart Tokayev"));
    let s = screen(&render(&a));
    assert!(s.contains("Statements — Kassym-Jomart Tokayev (11)"), "{s}");
}

#[test]
fn navigation_moves_and_pages_within_bounds() {
    let mut a = app(100, 30);
    assert_eq!(a.browse.focus, Focus::Statements);
    update_inline(&mut a, Action::Down);
    update_inline(&mut a, Action::Down);
    assert_eq!(a.browse.stmts.sel, 2);
    update_inline(&mut a, Action::Bottom);
    assert_eq!(a.browse.stmts.sel, 28);
    update_inline(&mut a, Action::Down);
    assert_eq!(a.browse.stmts.sel, 28);
    update_inline(&mut a, Action::Top);
    assert_eq!(a.browse.stmts.sel, 0);
    update_inline(&mut a, Action::PageDown);
    assert!(a.browse.stmts.sel > 3);
    // the selection stays visible
    assert!(a.browse.stmts.sel >= a.browse.stmts.offset);
    update_inline(&mut a, Action::Bottom);
    let buf = render(&a);
    assert!(screen(&buf).contains("¶30"), "last statement drawn after scrolling");
}

#[test]
fn search_filters_at_each_keystroke_and_highlights_matches() {
    let mut a = app_with(sample(), BidiMode::Off, 100, 30);
    update_inline(&mut a, Action::Search);
    assert!(a.typing);
    type_str(&mut a, "'الطاقه");
    let n = a.browse.list.len();
    assert!(n > 0 && n < 29, "{n}");
    type_str(&mut a, " 'الجديده");
    assert!(a.browse.list.len() <= n);
    // every listed statement contains both words (folded)
    for &q in &a.browse.list {
        let t = saywho::text::fold(&a.doc.quotes[q].text);
        assert!(t.contains("الطاقه") && t.contains("الجديده"));
    }
    let buf = render(&a);
    let s = screen(&buf);
    assert!(s.contains("Matches — all speakers"), "{s}");
    // highlighted cells spell the matched words, in the list and in the detail
    let marked: String = rows_marked(&buf);
    assert!(marked.contains("الطاقة"), "{marked}");
    assert!(marked.contains("الجديدة"), "{marked}");
    update_inline(&mut a, Action::SearchAccept);
    assert!(!a.typing);
    assert!(!a.query.is_empty());
    update_inline(&mut a, Action::Search);
    update_inline(&mut a, Action::SearchCancel);
    assert!(a.query.is_empty());
    assert_eq!(a.browse.list.len(), 29);
}

fn rows_marked(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            if c.modifier.contains(Modifier::UNDERLINED) {
                out.push_str(c.symbol());
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn speaker_filter_and_next_match() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Search);
    type_str(&mut a, "@توكاييف");
    assert_eq!(a.browse.list.len(), 11);
    update_inline(&mut a, Action::SearchAccept);
    update_inline(&mut a, Action::NextMatch);
    assert_eq!(a.browse.stmts.sel, 1);
    update_inline(&mut a, Action::PrevMatch);
    update_inline(&mut a, Action::PrevMatch);
    assert_eq!(a.browse.stmts.sel, 10, "N wraps to the last match");
    update_inline(&mut a, Action::Search);
    for _ in 0.."@توكاييف".chars().count() {
        update_inline(&mut a, Action::SearchBackspace);
    }
    type_str(&mut a, "@xi");
    assert_eq!(a.browse.list.len(), 18);
}

#[test]
fn enter_opens_the_statement_full_screen_and_esc_returns() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Down);
    update_inline(&mut a, Action::Open);
    assert!(matches!(a.screen, Screen::Statement { .. }));
    let s = screen(&render(&a));
    assert!(s.contains("Statement q2 — Esc back"), "{s}");
    assert!(s.contains("Context ¶3"), "{s}");
    update_inline(&mut a, Action::Back);
    assert_eq!(a.screen, Screen::Browse);
}

#[test]
fn compare_shows_two_columns_in_article_order_and_picks_speakers() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Compare);
    assert_eq!(a.screen, Screen::Compare);
    assert_eq!(a.compare.speakers, [0, 1]);
    let s = screen(&render(&a));
    assert!(s.contains("Compare Xi Jinping  ↔  Kassym-Jomart Tokayev"), "{s}");
    assert!(s.contains("Xi Jinping (18)") && s.contains("Kassym-Jomart Tokayev (11)"), "{s}");
    let left = a.compare_list(0);
    assert!(left.windows(2).all(|w| a.doc.quotes[w[0]].start < a.doc.quotes[w[1]].start));
    // rows hold a statement of each speaker; scrolling moves both columns together
    for _ in 0..6 {
        update_inline(&mut a, Action::Down);
    }
    assert_eq!(a.compare.row.sel, 6);
    assert!(a.compare.row.offset > 0, "scrolled");
    let rows = a.compare_rows();
    assert_eq!(rows.len(), 18);
    assert!(rows[12].q[1].is_none() && rows[12].q[0].is_some(), "Tokayev has 11 statements");
    update_inline(&mut a, Action::Top);
    update_inline(&mut a, Action::FocusNext);
    assert_eq!(a.compare.focus, 1);
    update_inline(&mut a, Action::Open);
    let Screen::Statement { quote, .. } = a.screen else { panic!("statement screen") };
    assert_eq!(&*a.doc.quotes[quote].speaker, "Kassym-Jomart Tokayev");
    update_inline(&mut a, Action::Back);
    assert_eq!(a.screen, Screen::Compare);
    update_inline(&mut a, Action::PickSpeaker);
    assert!(a.compare.picker.is_some());
    assert!(screen(&render(&a)).contains("Speaker for the right column"));
    update_inline(&mut a, Action::Up);
    update_inline(&mut a, Action::Open);
    assert_eq!(a.compare.speakers, [0, 0]);
    update_inline(&mut a, Action::Compare);
    assert_eq!(a.screen, Screen::Browse);
}

#[test]
fn compare_aligned_by_topic_pairs_rows_and_highlights_shared_terms() {
    let mut a = app_with(sample(), BidiMode::Off, 120, 40);
    update_inline(&mut a, Action::Compare);
    update_inline(&mut a, Action::Align);
    assert!(a.compare.aligned);
    let rows = a.compare_rows();
    let pairs: Vec<(usize, usize)> = rows
        .iter()
        .filter(|r| r.pair.is_some())
        .map(|r| (a.doc.quotes[r.q[0].unwrap()].paragraph, a.doc.quotes[r.q[1].unwrap()].paragraph))
        .collect();
    assert!(pairs.contains(&(15, 28)), "trade doubling: {pairs:?}");
    assert!(pairs.contains(&(18, 29)), "tourism year and Luban workshop: {pairs:?}");
    let buf = render(&a);
    let s = screen(&buf);
    assert!(s.contains("by topic"), "{s}");
    assert!(s.contains('≈'), "similarity shown: {s}");
    // shared terms are drawn in the quoted style (bold in the mono theme) in both columns
    let bold_cells = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| buf[(x, y)].modifier.contains(Modifier::BOLD) && buf[(x, y)].symbol() != " ")
        .count();
    assert!(bold_cells > 20, "{bold_cells}");
    update_inline(&mut a, Action::Align);
    assert!(!a.compare.aligned);
    assert!(screen(&render(&a)).contains("in article order"));
}

#[test]
fn topics_are_found_off_the_ui_thread_and_results_arrive_while_the_list_is_open() {
    // as in the real event loop: searches and topics on workers
    let mut a = app(100, 30);
    assert_eq!(a.update(Action::Topics), [Effect::FindTopics], "the event loop is asked to start the worker");
    assert!(a.topics.picker.is_some() && a.topics.found.is_none() && a.topics.finding);
    let s = screen(&render(&a));
    assert!(s.contains("finding them in 29 statements"), "{s}");
    // a second `t` closes the list, a third opens it, without starting another worker
    assert_eq!(a.update(Action::Topics), []);
    assert_eq!(a.update(Action::Topics), []);
    // what the worker sends
    let found = find_topics(&a.doc, a.built_vectors());
    let n = found.topics.len();
    update_inline(&mut a, Action::TopicsReady(Box::new(found)));
    assert!(!a.topics.finding);
    let s = screen(&render(&a));
    assert!(s.contains(&format!("Topics ({n})")), "{s}");
    // a search result that lands while the list is open is kept, not dropped
    let mut searcher = saywho::search::Searcher::new(std::sync::Arc::new(saywho::search::Index::new(&a.doc)));
    a.query = "الطاقة".into();
    let req = SearchRequest { query: a.query.clone(), speaker: None };
    let r = run_search(&mut searcher, &req);
    let matched = r.matched.len();
    update_inline(&mut a, Action::SearchDone(Box::new(r)));
    assert_eq!(a.results.as_ref().map(|r| r.matched.len()), Some(matched));
    assert!(a.topics.picker.is_some(), "the list stays open");
}

#[test]
fn typing_asks_for_a_search_and_the_list_follows_its_results() {
    let mut a = app(100, 30);
    assert_eq!(a.update(Action::Search), []);
    let effects = a.update(Action::SearchInput('ا'));
    let want = SearchRequest { query: "ا".into(), speaker: None };
    assert_eq!(effects, [Effect::Search(want.clone())]);
    assert_eq!(a.browse.list.len(), a.doc.quotes.len(), "the list waits for the results");
    let mut searcher = saywho::search::Searcher::new(a.index());
    let r = run_search(&mut searcher, &want);
    let matched = r.matched.len();
    assert_eq!(a.update(Action::SearchDone(Box::new(r))), []);
    assert_eq!(a.count_for(None), matched);
    // an empty query asks for nothing and lists everything again
    assert_eq!(a.update(Action::SearchBackspace), []);
    assert_eq!(a.browse.list.len(), a.doc.quotes.len());
}

#[test]
fn aligning_waits_for_the_topic_worker_without_blocking() {
    let mut a = app(120, 30);
    assert_eq!(a.update(Action::Compare), []);
    assert_eq!(a.update(Action::Align), [Effect::FindTopics]);
    assert!(a.compare_rows().iter().all(|r| r.pair.is_none()), "article order until the vectors arrive");
    assert!(screen(&render(&a)).contains("aligning by topic once topics are found"));
    let found = find_topics(&a.doc, a.built_vectors());
    assert_eq!(a.update(Action::TopicsReady(Box::new(found))), []);
    let pairs = a.compare_rows().iter().filter(|r| r.pair.is_some()).count();
    assert!(pairs > 0);
    assert!(screen(&render(&a)).contains(&format!("aligned by topic: {pairs} pairs")));
}

#[test]
fn topics_list_filters_browse_and_compare() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Topics);
    assert!(a.topics.picker.is_some());
    let topics = a.topics.found.clone().expect("topics built");
    assert!(!topics.is_empty());
    let s = screen(&render(&a));
    assert!(s.contains("Topics (") && s.contains("All topics"), "{s}");
    update_inline(&mut a, Action::Down);
    update_inline(&mut a, Action::Open);
    assert!(a.topics.picker.is_none());
    let members = &topics[0].quotes;
    assert_eq!(a.browse.list.len(), members.len());
    assert!(a.browse.list.iter().all(|q| members.contains(q)));
    assert!(screen(&render(&a)).contains("topic"));
    update_inline(&mut a, Action::Compare);
    let shown = a.compare_list(0).len() + a.compare_list(1).len();
    assert_eq!(shown, members.len(), "compare shows the topic's statements of both speakers");
    update_inline(&mut a, Action::Compare);
    update_inline(&mut a, Action::Topics);
    update_inline(&mut a, Action::Top);
    update_inline(&mut a, Action::Open);
    assert!(a.topics.chosen.is_none());
    assert_eq!(a.browse.list.len(), 29);
}

#[test]
fn compare_applies_the_search_filter_to_both_columns() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Search);
    type_str(&mut a, "'منظمة");
    update_inline(&mut a, Action::SearchAccept);
    update_inline(&mut a, Action::Compare);
    let l = a.compare_list(0).len() + a.compare_list(1).len();
    assert_eq!(l, a.count_for(None));
    assert!(l > 0 && l < 29);
}

#[test]
fn help_lists_every_key_of_the_table() {
    let mut a = app(100, 40);
    update_inline(&mut a, Action::Help);
    let s = screen(&render(&a));
    assert!(s.contains("Keys — any key closes"));
    for (keys, _, _) in saywho::ui::keys::help_rows() {
        assert!(s.contains(keys.as_str()), "help lacks {keys:?}\n{s}");
    }
    update_inline(&mut a, Action::Down);
    assert!(!a.help, "any key closes help");
}

#[test]
fn too_small_terminal_shows_a_notice() {
    let a = app(40, 10);
    let s = screen(&render(&a));
    assert!(s.contains("terminal too small"), "{s}");
    assert!(s.contains("40×10"));
}

#[test]
fn bidi_modes_on_an_arabic_line() {
    let logical = "الصين ستظل دائما جارة";
    let find = |mode: BidiMode| -> (String, usize) {
        let mut a = app_with(sample(), mode, 120, 30);
        for _ in 0..4 {
            update_inline(&mut a, Action::Down); // ¶6: "الصين ستظل دائما جارة وشريكة ..."
        }
        update_inline(&mut a, Action::Open);
        let buf = render(&a);
        let r = rows(&buf);
        let line = r.iter().find(|l| l.contains("ﻦﻴﺼﻟﺍ") || l.contains("الصين ")).cloned().unwrap_or_default();
        let last = line.trim_end_matches(['│', ' ']).chars().count();
        (line, last)
    };
    let (off, _) = find(BidiMode::Off);
    assert!(off.contains(logical), "off: logical order\n{off}");
    let (term, _) = find(BidiMode::Terminal);
    assert!(term.contains(logical), "terminal: logical order\n{term}");
    let (app_line, last) = find(BidiMode::App);
    assert!(!app_line.contains(logical));
    // shaped and reversed: the first word (الصين) is drawn at the right edge
    assert!(app_line.trim_end_matches(['│', ' ']).ends_with("ﻦﻴﺼﻟﺍ"), "app:\n{app_line}");
    assert!(last >= 117, "right-aligned: {last}");
}

#[test]
fn b_cycles_the_display_mode() {
    let mut a = app(100, 30);
    assert_eq!(a.bidi, BidiMode::App);
    update_inline(&mut a, Action::CycleBidi);
    assert_eq!(a.bidi, BidiMode::Terminal);
    assert!(screen(&render(&a)).contains("Arabic display: terminal"));
    update_inline(&mut a, Action::CycleBidi);
    update_inline(&mut a, Action::CycleBidi);
    assert_eq!(a.bidi, BidiMode::App);
}

#[test]
fn copy_puts_the_logical_text_and_citation_on_the_clipboard() {
    let mut a = app(100, 30);
    let effects = update_inline(&mut a, Action::Copy);
    let [Effect::Copy(clip)] = &effects[..] else { panic!("one clipboard request: {effects:?}") };
    assert!(clip.starts_with("«إنه مستعد للعمل"), "{clip}");
    assert!(
        clip.contains("— Xi Jinping, أستانا 3 يوليو 2024 (شينخوا), samples/xinhua-ar-2024-07-03-xi-tokayev.txt ¶1"),
        "{clip}"
    );
    assert!(screen(&render(&a)).contains("copied q1 (Xi Jinping) to the clipboard"));
}

#[test]
fn no_color_theme_keeps_the_selection_visible_without_colour() {
    let a = app(100, 30);
    let buf = render(&a);
    let mut reversed = 0;
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            assert_eq!(c.fg, Color::Reset);
            assert_eq!(c.bg, Color::Reset);
            if c.modifier.contains(Modifier::REVERSED) {
                reversed += 1;
            }
        }
    }
    assert!(reversed > 20, "selection and status line are drawn reversed");
}

#[test]
fn mouse_click_selects_and_wheel_scrolls_the_pane_under_the_pointer() {
    let mut a = app(100, 30);
    // the statements pane starts at row 0 (border), so row 4 is its fourth statement
    let x = 60;
    update_inline(&mut a, Action::Click { x, y: 4 });
    assert_eq!(a.browse.focus, Focus::Statements);
    assert_eq!(a.browse.stmts.sel, 3);
    update_inline(&mut a, Action::Scroll { x, y: 4, down: true });
    assert_eq!(a.browse.stmts.sel, 6);
    update_inline(&mut a, Action::Click { x: 2, y: 3 });
    assert_eq!(a.browse.focus, Focus::Speakers);
    assert_eq!(a.browse.list.len(), 11, "clicking Tokayev lists his statements");
}

#[test]
fn resize_relays_out() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Resize(50, 12));
    assert!(screen(&render(&a)).contains("terminal too small"));
    update_inline(&mut a, Action::Resize(120, 40));
    assert!(screen(&render(&a)).contains("Speakers (2)"));
}

#[test]
fn quit_from_any_screen() {
    for pre in [None, Some(Action::Compare), Some(Action::Help), Some(Action::Search)] {
        let mut a = app(100, 30);
        if let Some(p) = pre {
            update_inline(&mut a, p);
        }
        assert_eq!(update_inline(&mut a, Action::Quit), [Effect::Quit]);
    }
}

#[test]
fn hostile_text_renders_as_printable_text_only() {
    let text = "قال الوزير سامي نادر إن \u{1b}[2J\u{1b}]0;pwned\u{7}الخطة \u{202e}جاهزة\u{9b}31m \u{0}تماما.\n\
                وأضاف: «\u{1b}P1;2|xyz\u{1b}\\ نعم».";
    let doc = saywho::pipeline::extract(vec![Article::new("a1".into(), "h.txt".into(), text.into())], &[]);
    assert_eq!(doc.quotes.len(), 2);
    for mode in [BidiMode::App, BidiMode::Terminal, BidiMode::Off] {
        let mut a = app_with(doc.clone(), mode, 100, 30);
        printable_only(&render(&a));
        update_inline(&mut a, Action::Open);
        printable_only(&render(&a));
        update_inline(&mut a, Action::Back);
        update_inline(&mut a, Action::Compare);
        printable_only(&render(&a));
    }
}

/// The rows of the speakers pane (left of the first column of the statements pane).
fn speaker_rows(a: &App) -> Vec<String> {
    let all = rows(&render(a));
    let top = all.iter().find(|r| r.contains("Speakers")).expect("the speakers pane");
    let w = top.chars().position(|c| c == '┐').expect("its corner") + 1;
    all.iter().map(|r| r.chars().take(w).collect::<String>()).collect()
}

#[test]
fn a_search_lists_only_the_speakers_it_matches() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::Search);
    type_str(&mut a, "@xi");
    let pane = speaker_rows(&a).join("\n");
    assert!(pane.contains("Speakers (1 of 2)") && pane.contains("Xi Jinping"), "{pane}");
    assert!(!pane.contains("Tokayev"), "a speaker without matches is not listed:\n{pane}");
    update_inline(&mut a, Action::SearchCancel);
    let pane = speaker_rows(&a).join("\n");
    assert!(pane.contains("Speakers (2)") && pane.contains("Tokayev"), "{pane}");
}

#[test]
fn the_selected_speaker_stays_selected_through_a_search_without_their_statements() {
    let mut a = app(100, 30);
    update_inline(&mut a, Action::FocusPrev);
    update_inline(&mut a, Action::Down);
    update_inline(&mut a, Action::Down);
    let tokayev = a.selected_speaker().expect("a speaker selected");
    assert_eq!(a.doc.speakers[tokayev].name, "Kassym-Jomart Tokayev");
    update_inline(&mut a, Action::Search);
    type_str(&mut a, "@xi");
    assert_eq!(a.selected_speaker(), Some(tokayev));
    assert!(a.browse.list.is_empty());
    let pane = speaker_rows(&a).join("\n");
    assert!(pane.contains("Kassym-Jomart Tokayev") && pane.contains(" 0"), "{pane}");
    update_inline(&mut a, Action::SearchCancel);
    assert_eq!(a.selected_speaker(), Some(tokayev));
    assert_eq!(a.browse.list.len(), 11);
}

#[test]
fn speakers_with_most_matches_come_first_while_searching() {
    let doc = saywho::pipeline::extract(saywho_core::testgen::articles(5, 40), &saywho_core::testgen::speakers_file());
    let all = doc.speakers.len();
    let mut a = app_with(doc, BidiMode::Off, 100, 30);
    update_inline(&mut a, Action::Search);
    type_str(&mut a, "ahmad");
    let per_speaker = a.results.as_ref().expect("results").per_speaker.clone();
    let with_matches = per_speaker.iter().filter(|&&n| n > 0).count();
    assert!(with_matches > 1 && with_matches < all, "{with_matches} of {all}");
    assert_eq!(a.browse.shown.len(), with_matches);
    let counts: Vec<u32> = a.browse.shown.iter().map(|&s| per_speaker[s]).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "most matches first: {counts:?}");
    // the first row below "All speakers" is the speaker with most matches, and selecting it
    // lists their matches
    update_inline(&mut a, Action::SearchAccept);
    update_inline(&mut a, Action::FocusPrev);
    update_inline(&mut a, Action::Down);
    assert_eq!(a.selected_speaker(), Some(a.browse.shown[0]));
    assert_eq!(a.count_for(Some(a.browse.shown[0])), counts[0] as usize);
    let name = a.doc.speakers[a.browse.shown[0]].name.clone();
    assert!(a.browse.list.iter().all(|&q| *a.doc.quotes[q].speaker == *name));
}

#[test]
fn a_cut_compare_card_marks_where_its_text_goes_on_in_reading_order() {
    // English: the mark ends the last line, on the right
    let text = include_str!("../benches/data/en-wire-density.txt");
    let doc = saywho::pipeline::extract(vec![Article::new("a1".into(), "w.txt".into(), text.into())], &[]);
    let mut a = app_with(doc, BidiMode::App, 64, 24);
    update_inline(&mut a, Action::Compare);
    let lines = rows(&render(&a));
    let cut: Vec<&String> = lines.iter().filter(|r| r.contains('…')).collect();
    assert!(!cut.is_empty(), "a long statement is cut:\n{}", lines.join("\n"));
    for r in &cut {
        let left = r.split('│').nth(1).unwrap_or("");
        assert!(left.trim_end().ends_with('…') || !left.contains('…'), "{r}");
        assert!(!left.starts_with('…'), "{r}");
    }
    // Arabic reordered by saywho: the mark stands at the visual left, and every line of the
    // card still ends at the column's right edge
    let mut a = app(64, 24);
    update_inline(&mut a, Action::Compare);
    let lines = rows(&render(&a));
    let card: Vec<&str> = lines[3..6].iter().map(|r| r.split('│').nth(1).unwrap_or("")).collect();
    assert!(card[2].starts_with('…'), "{card:?}");
    assert!(card.iter().all(|l| !l.ends_with(' ')), "right-aligned to the edge: {card:?}");
}
