//! Drawing: `impl Widget for &App`, one function per pane. Reads the state, never changes
//! it. All article text goes through `display`, which drops control characters.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::app::{browse_areas, compare_areas, App, Focus, Screen, CARD_LINES, MIN_HEIGHT, MIN_WIDTH};
use super::display::{self, cells};
use super::keys;
use crate::sanitize::one_line;
use crate::text::{ceil_boundary, floor_boundary};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            too_small(self, area, buf);
            return;
        }
        match self.screen {
            Screen::Browse => browse(self, area, buf),
            Screen::Statement { quote, .. } => statement_screen(self, quote, area, buf),
            Screen::Compare => compare(self, area, buf),
        }
        if let Some(p) = self.topics.picker {
            topic_picker(self, p, area, buf);
        }
        if self.help {
            help(self, area, buf);
        }
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let msg = vec![
        Line::styled("terminal too small", app.theme.error),
        Line::raw(format!("{}×{} — saywho needs at least {}×{}", area.width, area.height, MIN_WIDTH, MIN_HEIGHT)),
        Line::raw("q quits"),
    ];
    let h = (msg.len() as u16).min(area.height);
    let y = area.y + area.height.saturating_sub(h) / 2;
    Paragraph::new(msg).centered().render(Rect::new(area.x, y, area.width, h), buf);
}

fn block<'a>(app: &App, title: String, focused: bool) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(format!(" {title} "), if focused { app.theme.title } else { app.theme.dim }))
        .border_style(if focused { app.theme.border_focus } else { app.theme.border })
}

fn browse(app: &App, area: Rect, buf: &mut Buffer) {
    let a = browse_areas(area, app.typing || !app.query.is_empty(), app.names_width);
    query_line(app, a.query, buf);
    speakers_pane(app, a.speakers, buf);
    statements_pane(app, a.statements, buf);
    let inner = {
        let b = block(app, "Statement".into(), app.browse.focus == Focus::Detail);
        let inner = b.inner(a.detail);
        b.render(a.detail, buf);
        inner
    };
    if let Some(q) = app.selected_quote() {
        Paragraph::new(detail_lines(app, q, inner.width as usize)).scroll((app.detail_scroll, 0)).render(inner, buf);
    } else {
        Paragraph::new(Line::styled("no statement matches", app.theme.dim)).render(inner, buf);
    }
    status_line(app, a.status, buf);
}

fn query_line(app: &App, area: Rect, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let mut spans = vec![Span::styled("/ ", app.theme.key)];
    let w = (area.width as usize).saturating_sub(4);
    spans.extend(display::fit(&app.query, app.theme.text, &[], w, app.bidi, false));
    let line = Line::from(spans);
    line.render(area, buf);
    if app.typing {
        // a caret after the text, drawn as a block character: the real cursor stays hidden
        let x = area.x + 2 + (cells(&one_line(&app.query)) as u16).min(area.width.saturating_sub(3));
        buf[(x, area.y)].set_symbol("▏").set_style(app.theme.key);
    }
}

fn speakers_pane(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.browse.focus == Focus::Speakers;
    let all = app.doc.speakers.len();
    let title = if app.browse.shown.len() == all {
        format!("Speakers ({all})")
    } else {
        format!("Speakers ({} of {all})", app.browse.shown.len())
    };
    let b = block(app, title, focused);
    let inner = b.inner(area);
    b.render(area, buf);
    let w = inner.width as usize;
    let rows = inner.height as usize;
    let total = app.browse.shown.len() + 1;
    for (r, i) in (app.browse.speakers.offset..total).take(rows).enumerate() {
        let (name, count) = match i.checked_sub(1).map(|r| app.browse.shown[r]) {
            None => ("All speakers".to_string(), app.count_for(None)),
            Some(s) => (app.doc.speakers[s].name.clone(), app.count_for(Some(s))),
        };
        let count_s = format!(" {count}");
        let mut spans = display::fit(&name, app.theme.text, &[], w.saturating_sub(count_s.len()), app.bidi, false);
        spans.push(Span::styled(count_s, app.theme.dim));
        let mut line = Line::from(spans);
        if i == app.browse.speakers.sel {
            line = line.style(if focused { app.theme.selected } else { app.theme.selected_unfocused });
        }
        buf.set_line(inner.x, inner.y + r as u16, &line, inner.width);
    }
}

fn match_marks(app: &App, q: usize) -> Vec<(usize, Style)> {
    app.highlights(q).into_iter().map(|p| (p, app.theme.matched)).collect()
}

fn statements_pane(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.browse.focus == Focus::Statements;
    let who = match app.selected_speaker() {
        Some(s) => one_line(&app.doc.speakers[s].name),
        None => "all speakers".into(),
    };
    let title = if app.query.is_empty() {
        format!("Statements — {who} ({})", app.browse.list.len())
    } else {
        let n = app.count_for(app.selected_speaker());
        if app.browse.list.len() < n {
            format!("Matches — {who} (best {} of {n})", app.browse.list.len())
        } else {
            format!("Matches — {who} ({n})")
        }
    };
    let b = block(app, title, focused);
    let inner = b.inner(area);
    b.render(area, buf);
    let all = app.selected_speaker().is_none();
    for (r, &q) in app.browse.list.iter().enumerate().skip(app.browse.stmts.offset).take(inner.height as usize) {
        let quote = &app.doc.quotes[q];
        let mut spans = vec![Span::styled(format!("¶{:<3}", quote.paragraph), app.theme.dim)];
        if all {
            let name: String = one_line(&quote.speaker);
            spans.extend(display::fit(&name, app.theme.title, &[], 14, app.bidi, false));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(format!("{:<9.9} ", one_line(&quote.cue_en)), app.theme.dim));
        let used: usize = spans.iter().map(|s| cells(&s.content)).sum();
        let rest = (inner.width as usize).saturating_sub(used);
        spans.extend(display::fit(&quote.text, app.theme.text, &match_marks(app, q), rest, app.bidi, true));
        let mut line = Line::from(spans);
        if r == app.browse.stmts.sel {
            line = line.style(if focused { app.theme.selected } else { app.theme.selected_unfocused });
        }
        buf.set_line(inner.x, inner.y + (r - app.browse.stmts.offset) as u16, &line, inner.width);
    }
    if app.browse.list.is_empty() {
        Line::styled(if app.query.is_empty() { "no statements" } else { "no matches" }, app.theme.dim)
            .render(inner, buf);
    }
}

/// The statement, its paragraph(s) with the quoted span highlighted, and where it comes from.
pub fn detail_lines(app: &App, q: usize, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let quote = &app.doc.quotes[q];
    let mut out = Vec::new();
    out.push(Line::from(vec![
        Span::styled(one_line(&quote.speaker), t.title),
        Span::styled(
            format!(
                " — {} · {} · {}",
                one_line(&quote.cue_en),
                format!("{:?}", quote.form).to_lowercase(),
                format!("{:?}", quote.attribution).to_lowercase()
            ),
            t.dim,
        ),
    ]));
    out.extend(display::lines(&format!("{} {}", quote.cue, quote.mention), t.dim, &[], width, app.bidi));
    if let Some(sp) = app.doc.speakers.iter().find(|s| *s.id == *quote.speaker_id).filter(|s| !s.roles.is_empty()) {
        out.extend(display::lines(&one_line(&sp.roles.join(" · ")), t.dim, &[], width, app.bidi));
    }
    out.push(Line::raw(""));
    // a statement can be megabytes long: show its first 20,000 bytes
    let shown = &quote.text[..ceil_boundary(&quote.text, 20_000)];
    out.extend(display::lines(shown, t.text, &match_marks(app, q), width, app.bidi));
    if shown.len() < quote.text.len() {
        out.push(Line::styled(format!("… {} more bytes", quote.text.len() - shown.len()), t.dim));
    }
    out.push(Line::raw(""));
    let article = app.doc.articles.iter().find(|a| *a.id == *quote.article);
    if let Some(a) = article.filter(|a| !a.text.is_empty() && quote.end <= a.text.len()) {
        let p0 = a.paragraph_at(quote.start);
        let p1 = a.paragraph_at(quote.end.saturating_sub(1).max(quote.start));
        let (cs, _) = a.spans[p0];
        let (_, ce) = a.spans[p1];
        // a paragraph can be megabytes long: show at most a few thousand bytes around the quote
        let end = quote.end.min(quote.start.saturating_add(20_000));
        let (cs, ce) = (
            floor_boundary(&a.text, cs.max(quote.start.saturating_sub(2000))),
            ceil_boundary(&a.text, ce.min(end.saturating_add(2000))),
        );
        let context = &a.text[cs..ce];
        let qs = a.text[cs..quote.start].chars().count();
        let qn = a.text[quote.start..ceil_boundary(&a.text, end).max(quote.start)].chars().count();
        let mut marks: Vec<(usize, Style)> = (qs..qs + qn).map(|i| (i, t.quoted)).collect();
        marks.extend(match_marks(app, q).into_iter().map(|(p, s)| (qs + p, s)));
        marks.sort_by_key(|m| m.0);
        let label = if p0 == p1 { format!("¶{}", p0 + 1) } else { format!("¶{}–{}", p0 + 1, p1 + 1) };
        out.push(Line::styled(format!("Context {label}"), t.dim));
        out.extend(display::lines(context, t.dim, &marks, width, app.bidi));
        out.push(Line::raw(""));
    }
    out.push(Line::styled("Source", t.dim));
    if let Some(a) = article {
        if let Some(title) = &a.title {
            out.extend(display::lines(title, t.text, &[], width, app.bidi));
        }
        if let Some(d) = &a.dateline {
            out.extend(display::lines(d, t.text, &[], width, app.bidi));
        }
        if let Some(s) = &a.source {
            out.push(Line::raw(one_line(s)));
        }
    }
    out.push(Line::raw(format!(
        "{} ¶{} · bytes {}–{} · {}",
        one_line(&quote.path),
        quote.paragraph,
        quote.start,
        quote.end,
        quote.id
    )));
    if let Some(ch) = &quote.channel {
        out.push(Line::from(vec![Span::styled("via ", t.dim), Span::raw(one_line(ch))]));
    }
    out
}

fn statement_screen(app: &App, q: usize, area: Rect, buf: &mut Buffer) {
    let [main, status] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let b = block(app, format!("Statement {} — Esc back", app.doc.quotes[q].id), true);
    let inner = b.inner(main);
    b.render(main, buf);
    Paragraph::new(detail_lines(app, q, inner.width as usize)).scroll((app.detail_scroll, 0)).render(inner, buf);
    status_line(app, status, buf);
}

fn compare(app: &App, area: Rect, buf: &mut Buffer) {
    let (query, header, cols, status) = compare_areas(area, app.typing || !app.query.is_empty());
    query_line(app, query, buf);
    let c = &app.compare;
    let names: Vec<String> = c.speakers.iter().map(|&s| one_line(&app.doc.speakers[s].name)).collect();
    let mode = if c.aligned { "by topic" } else { "in article order" };
    Line::from(vec![
        Span::styled(" Compare ", app.theme.title),
        Span::raw(format!("{}  ↔  {}", names[0], names[1])),
        Span::styled(format!("   {mode} · a topic/order · Tab column · s speaker · c back"), app.theme.dim),
    ])
    .render(header, buf);
    let rows = app.compare_rows();
    for (col, &r) in cols.iter().enumerate() {
        let focused = c.focus == col;
        let count = rows.iter().filter(|row| row.q[col].is_some()).count();
        let b = block(app, format!("{} ({count})", names[col]), focused);
        let inner = b.inner(r);
        b.render(r, buf);
        let w = inner.width as usize;
        let mut y = inner.y;
        for (i, row) in rows.iter().enumerate().skip(c.row.offset) {
            if y + CARD_LINES as u16 > inner.y + inner.height {
                break;
            }
            let selected = i == c.row.sel;
            if let Some(q) = row.q[col] {
                let quote = &app.doc.quotes[q];
                let head_style = match (selected, focused) {
                    (true, true) => app.theme.selected,
                    (true, false) => app.theme.selected_unfocused,
                    _ => app.theme.dim,
                };
                let mut head =
                    vec![Span::styled(format!("¶{} {} ", quote.paragraph, one_line(&quote.cue_en)), head_style)];
                let mut marks = match_marks(app, q);
                if let Some(p) = &row.pair {
                    head.push(Span::styled(format!("≈{:.2} ", p.similarity), app.theme.key));
                    head.extend(display::fit(
                        &p.shared.join("، "),
                        app.theme.quoted,
                        &[],
                        w.saturating_sub(20),
                        app.bidi,
                        false,
                    ));
                    marks.extend(
                        crate::compare::term_positions(&quote.text, &p.stems)
                            .into_iter()
                            .map(|i| (i, app.theme.quoted)),
                    );
                    marks.sort_by_key(|m| m.0);
                }
                buf.set_line(inner.x, y, &Line::from(head), inner.width);
                // one cell is kept for the mark of a cut text, which goes where the last line
                // ends in reading order: the visual left of right-to-left text saywho has
                // reordered, the right of the rest
                let body = display::lines(&quote.text, app.theme.text, &marks, w.saturating_sub(1), app.bidi);
                let n = body.len();
                let reordered_rtl = app.bidi == display::BidiMode::App && display::is_rtl(&quote.text);
                for (k, mut l) in body.into_iter().take(CARD_LINES - 2).enumerate() {
                    let cut = k == CARD_LINES - 3 && n > CARD_LINES - 2;
                    let mark = Span::styled(if cut { "…" } else { " " }, app.theme.dim);
                    if reordered_rtl {
                        // every line keeps the cell, so that the right-aligned lines stay aligned
                        l.spans.insert(0, mark);
                    } else if cut {
                        l.spans.push(mark);
                    }
                    buf.set_line(inner.x, y + 1 + k as u16, &l, inner.width);
                }
            } else if selected && focused {
                buf.set_line(inner.x, y, &Line::styled("—", app.theme.selected), inner.width);
            }
            y += CARD_LINES as u16;
        }
        if count == 0 {
            Line::styled("no statements", app.theme.dim).render(inner, buf);
        }
    }
    if let Some(p) = c.picker {
        picker(app, p, area, buf);
    }
    status_line(app, status, buf);
}

fn picker(app: &App, p: super::app::ListPos, area: Rect, buf: &mut Buffer) {
    let h = (app.doc.speakers.len() as u16 + 2).min(area.height.saturating_sub(4)).max(3);
    let w = 44.min(area.width.saturating_sub(4));
    let r = Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    Clear.render(r, buf);
    let side = if app.compare.focus == 0 { "left" } else { "right" };
    let b = block(app, format!("Speaker for the {side} column"), true);
    let inner = b.inner(r);
    b.render(r, buf);
    let rows = inner.height as usize;
    let offset = p.sel.saturating_sub(rows.saturating_sub(1));
    for (k, (i, s)) in app.doc.speakers.iter().enumerate().skip(offset).take(rows).enumerate() {
        let count = format!(" {}", s.quotes.len());
        let mut spans = display::fit(
            &s.name,
            app.theme.text,
            &[],
            (inner.width as usize).saturating_sub(count.len()),
            app.bidi,
            false,
        );
        spans.push(Span::styled(count, app.theme.dim));
        let mut line = Line::from(spans);
        if i == p.sel {
            line = line.style(app.theme.selected);
        }
        buf.set_line(inner.x, inner.y + k as u16, &line, inner.width);
    }
}

fn topic_picker(app: &App, p: super::app::ListPos, area: Rect, buf: &mut Buffer) {
    let topics = app.topics.found.as_deref().map(Vec::as_slice).unwrap_or(&[]);
    let h = (topics.len() as u16 + 3).min(area.height.saturating_sub(2)).max(4);
    let w = 76.min(area.width.saturating_sub(2));
    let r = Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    Clear.render(r, buf);
    let title = if app.topics.finding {
        format!("Topics — finding them in {} statements…", app.doc.quotes.len())
    } else {
        format!("Topics ({}) — Enter filters, Esc closes", topics.len())
    };
    let b = block(app, title, true);
    let inner = b.inner(r);
    b.render(r, buf);
    let rows = inner.height as usize;
    let offset = p.sel.saturating_sub(rows.saturating_sub(1));
    for (k, i) in (0..=topics.len()).skip(offset).take(rows).enumerate() {
        let mut line = if i == 0 {
            Line::raw(format!("All topics ({} statements)", app.doc.quotes.len()))
        } else {
            let t = &topics[i - 1];
            let who: Vec<String> = t
                .speakers
                .iter()
                .take(3)
                .filter_map(|id| app.doc.speakers.iter().find(|s| s.id == *id))
                .map(|s| one_line(&s.name))
                .collect();
            let tail = format!(" {} · {}", t.quotes.len(), who.join(", "));
            let mut spans = display::fit(
                &t.label.join("، "),
                app.theme.text,
                &[],
                (w as usize / 2).saturating_sub(2),
                app.bidi,
                false,
            );
            spans.push(Span::styled(tail, app.theme.dim));
            Line::from(spans)
        };
        if i == p.sel {
            line = line.style(app.theme.selected);
        }
        buf.set_line(inner.x, inner.y + k as u16, &line, inner.width);
    }
}

fn status_line(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    buf.set_style(area, t.status);
    let mut left = format!(" {} statements · {} speakers", app.doc.quotes.len(), app.doc.speakers.len());
    if !app.query.is_empty() {
        left.push_str(&format!(" · filter “{}”: {}", one_line(&app.query), app.count_for(None)));
    }
    if let Some((i, _)) = &app.topics.chosen {
        left.push_str(&format!(" · topic “{}”", app.topic_label(*i)));
    }
    left.push_str(&format!(" · bidi {}", app.bidi.name()));
    if !app.warnings.is_empty() {
        left.push_str(&format!(" · {} file(s) skipped", app.warnings.len()));
    }
    let mut spans = vec![Span::styled(left, t.status)];
    let right: Vec<Vec<Span>> = match &app.status {
        Some(msg) => vec![vec![Span::styled(format!("{msg} "), t.status.patch(t.key))]],
        None => keys::hints(app.typing)
            .into_iter()
            .map(|(k, h)| {
                vec![Span::styled(format!(" {k}"), t.status.patch(t.key)), Span::styled(format!(" {h} "), t.status)]
            })
            .collect(),
    };
    // as many hints as fit, right-aligned; a message replaces the counts if it must
    let width = area.width as usize;
    let lw: usize = spans.iter().map(|s| cells(&s.content)).sum();
    let mut rw = 0;
    let mut shown = Vec::new();
    for group in right {
        let gw: usize = group.iter().map(|s| cells(&s.content)).sum();
        if lw + rw + gw > width {
            if app.status.is_some() {
                spans.clear();
                shown = group;
            }
            break;
        }
        rw += gw;
        shown.extend(group);
    }
    let used: usize = spans.iter().chain(shown.iter()).map(|s| cells(&s.content)).sum();
    spans.push(Span::styled(" ".repeat(width.saturating_sub(used)), t.status));
    spans.extend(shown);
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line> = Vec::new();
    let mut section = "";
    for (k, what, sec) in keys::help_rows() {
        if sec != section {
            if !section.is_empty() {
                lines.push(Line::raw(""));
            }
            lines.push(Line::styled(sec, app.theme.dim));
            section = sec;
        }
        lines.push(Line::from(vec![Span::styled(format!(" {k:<13}"), app.theme.key), Span::raw(what)]));
    }
    // one column if it fits, else two side by side
    let two = lines.len() as u16 + 2 > area.height;
    let per_col = if two { lines.len().div_ceil(2) } else { lines.len() };
    let w = if two { area.width } else { 64.min(area.width) };
    let h = (per_col as u16 + 2).min(area.height);
    let r = Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    Clear.render(r, buf);
    let b = block(app, "Keys — any key closes".into(), true);
    let inner = b.inner(r);
    b.render(r, buf);
    if two {
        let [left, right] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
        let rest = lines.split_off(per_col);
        Paragraph::new(lines).render(left, buf);
        Paragraph::new(rest).render(right, buf);
    } else {
        Paragraph::new(lines).render(inner, buf);
    }
}
