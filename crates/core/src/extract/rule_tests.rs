//! Rule tests for the Arabic extractor, each with sentences written for the test.

use crate::model::{Article, Attribution, Form};
use crate::pipeline::extract;

use super::test_support::{run, who};

#[test]
fn explicit_speech_with_title_and_nisba() {
    let q = run("وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار هو السبيل الوحيد لإنهاء الأزمة.");
    assert_eq!(who(&q), [(1, "أيمن الصفدي")]);
    assert_eq!(q[0].text, "الحوار هو السبيل الوحيد لإنهاء الأزمة");
    assert_eq!((q[0].cue.as_ref(), q[0].cue_en.as_ref()), ("وقال", "said"));
    assert_eq!((q[0].form, q[0].attribution), (Form::Indirect, Attribution::Explicit));
}

#[test]
fn complementizer_with_pronoun_is_kept_bare_one_is_not() {
    let q = run("قال رئيس البرلمان نبيه بري إنه لن يقبل بالتأجيل.\nوأكد بري أن الجلسة ستعقد غدا.");
    assert_eq!(q[0].text, "إنه لن يقبل بالتأجيل");
    assert_eq!(q[1].text, "الجلسة ستعقد غدا");
}

#[test]
fn fronted_phrase_does_not_hide_the_verb_and_its_names_are_not_the_speaker() {
    let q = run("وخلال مؤتمر صحفي مع نظيره الفرنسي جان مارك، أكد الوزير المصري سامح نبيل أن التنسيق مستمر.");
    assert_eq!(who(&q), [(1, "سامح نبيل")]);
    assert!(q[0].text.starts_with("التنسيق"));
}

#[test]
fn he_added_continues_the_latest_speaker_not_the_latest_name() {
    let q = run("قال الوزير سامي فارس إن زيارة الرئيس نبيل عمر كانت ناجحة.\n\
         وأضاف أن البلدين سيوقعان اتفاقا قريبا.");
    assert_eq!(who(&q), [(1, "سامي فارس"), (2, "سامي فارس")]);
    assert_eq!(q[1].attribution, Attribution::Continuation);
}

#[test]
fn feminine_continuation_skips_a_later_male_speaker() {
    let q = run("قالت الوزيرة هدى سالم إن الميزانية متوازنة.\n\
         وقال النائب كريم يوسف إن الأرقام غير دقيقة.\n\
         وأضافت أن العجز سينخفض العام المقبل.");
    assert_eq!(who(&q), [(1, "هدى سالم"), (2, "كريم يوسف"), (3, "هدى سالم")]);
}

#[test]
fn honorific_pronoun_resolves_to_the_speaker() {
    let q = run("صرح وزير الطاقة خالد الفالح بأن الإنتاج سيرتفع.\nوقال معاليه إن الأسعار ستستقر.");
    assert_eq!(who(&q), [(1, "خالد الفالح"), (2, "خالد الفالح")]);
}

#[test]
fn participle_in_the_same_sentence_is_one_statement() {
    let q = run("قال المدير رامي حداد إن الشركة ستتوسع، مشيرا إلى أن الأرباح تضاعفت.");
    assert_eq!(q.len(), 1);
    assert!(q[0].text.ends_with("الأرباح تضاعفت"));
}

#[test]
fn participle_after_a_full_stop_continues_the_speaker() {
    let q = run("وأعلن المدير رامي حداد عن خطة جديدة للتوسع. مؤكدا أن الأرباح تضاعفت.");
    assert_eq!(q.len(), 2);
    assert_eq!(&*q[1].speaker, "رامي حداد");
    assert_eq!(q[1].attribution, Attribution::Participle);
}

#[test]
fn participle_without_a_verb_continues_the_latest_speaker() {
    let q = run("وقالت المتحدثة منى زكي إن الرحلات ستستأنف.\n\
         وفي إشارة إلى الأزمة الأخيرة، مضيفة أن الشركة عوضت المسافرين.");
    assert_eq!(who(&q), [(1, "منى زكي"), (2, "منى زكي")]);
}

#[test]
fn direct_quote_after_colon() {
    let q = run("وقال المتحدث باسم الجيش أحمد علي: «لن نتراجع عن مواقعنا».");
    assert_eq!(who(&q), [(1, "أحمد علي")]);
    assert_eq!(q[0].text, "لن نتراجع عن مواقعنا");
    assert_eq!(q[0].form, Form::Direct);
}

#[test]
fn quote_before_its_attribution() {
    let q = run("«سنواصل العمل حتى النهاية»، قال رئيس الوزراء حسن دياب.");
    assert_eq!(who(&q), [(1, "حسن دياب")]);
    assert_eq!(q[0].text, "سنواصل العمل حتى النهاية");
}

#[test]
fn quote_across_paragraphs_is_a_statement_in_each_paragraph() {
    // each paragraph holds its part of the quotation, all by the same speaker
    let text = "وقال الوزير خالد ناصر: «الوضع صعب جدا.\nلكننا سنتجاوزه معا».\nوانتهى الاجتماع.";
    let q = run(text);
    assert_eq!(who(&q), [(1, "خالد ناصر"), (2, "خالد ناصر")]);
    assert_eq!(q[0].text, "الوضع صعب جدا.");
    assert_eq!(q[1].text, "لكننا سنتجاوزه معا");
    assert_eq!(q[1].attribution, Attribution::Continuation);
    // a paragraph that reopens the quotation with its own mark
    let q = run("وقال الوزير خالد ناصر: «الوضع صعب.\n«لكننا سنتجاوزه معا».");
    assert_eq!(q[1].text, "لكننا سنتجاوزه معا");
}

#[test]
fn scare_quotes_inside_a_statement_are_not_a_statement() {
    let q = run("وقال خالد ناصر إن الحكومة أطلقت \"خطة الإنقاذ\" هذا العام.");
    assert_eq!(q.len(), 1);
    assert!(q[0].text.contains("\"خطة الإنقاذ\""));
}

#[test]
fn according_to_at_the_start_and_at_the_end() {
    let q = run("وبحسب وزارة الصحة، فإن عدد الإصابات ارتفع إلى مئة.\nوقتل عشرة أشخاص في القصف، بحسب مصادر طبية.");
    assert_eq!(who(&q), [(1, "وزارة الصحة"), (2, "مصادر طبية")]);
    assert_eq!(q[0].text, "عدد الإصابات ارتفع إلى مئة");
    assert_eq!(q[1].text, "وقتل عشرة أشخاص في القصف");
    assert_eq!(q[0].attribution, Attribution::AccordingTo);
}

#[test]
fn in_accordance_with_a_document_is_not_attribution() {
    let q = run("وتم توزيع المساعدات وفقا لبنود الاتفاق الموقع.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn nested_attribution_names_the_inner_source_and_the_channel() {
    let q = run("ونقلت وكالة الأنباء الرسمية عن مسؤول في الوزارة أن المحادثات مستمرة.");
    assert_eq!(q.len(), 1);
    assert_eq!(&*q[0].speaker, "مسؤول في الوزارة");
    assert_eq!(q[0].channel.as_deref(), Some("وكالة الأنباء الرسمية"));
}

#[test]
fn narration_yields_nothing() {
    let q = run("أدلى الوزير بهذه التصريحات خلال زيارته للمصنع.\n\
         والتقى الرئيس بالوفد الزائر في القصر.\n\
         ووقع الجانبان مذكرة تفاهم.\n\
         ويذكر أن الاتفاق وقع عام 2010.");
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn unnamed_sources_and_organisations_are_speakers() {
    let q = run("وقال مسؤول تركي إن المفاوضات متعثرة.\nوأكدت منظمة الصحة العالمية أن اللقاحات آمنة.");
    assert_eq!(who(&q), [(1, "مسؤول تركي"), (2, "منظمة الصحة العالمية")]);
}

#[test]
fn title_alone_refers_to_the_person_introduced_with_it() {
    let q = run("التقى وزير المالية سمير حداد بالمستثمرين في الرياض.\n\
         وقال الوزير إن الاستثمار سيزداد.");
    assert_eq!(who(&q), [(2, "سمير حداد")]);
}

#[test]
fn call_verb_with_object_is_a_continuation() {
    let q = run("قال الأمين العام فؤاد شكر إن السلام ممكن.\nودعا الطرفين إلى ضبط النفس.");
    assert_eq!(who(&q), [(1, "فؤاد شكر"), (2, "فؤاد شكر")]);
    assert_eq!(q[1].text, "ضبط النفس");
    assert_eq!(&*q[1].cue_en, "called for");
}

#[test]
fn a_verb_inside_reported_content_is_not_a_new_statement() {
    let q = run("وقال سمير عادل إن الحكومة أعلنت أن الضرائب ستنخفض.");
    assert_eq!(q.len(), 1);
    assert!(q[0].text.ends_with("الضرائب ستنخفض"));
}

#[test]
fn topicalized_subject_with_amma() {
    let q = run("أما البنك المركزي فأكد أنه سيخفض أسعار الفائدة.");
    assert_eq!(who(&q), [(1, "البنك المركزي")]);
}

#[test]
fn a_short_name_joins_the_full_name_met_anywhere_in_the_article() {
    let q = run("قال المبعوث الأممي إن الجولة المقبلة ستعقد في جنيف مع الرئيس اليمني رشاد العليمي.\n\
         ومن جانبه، قال العليمي إن حكومته مستعدة.");
    assert_eq!(&*q[1].speaker, "رشاد العليمي");
}

#[test]
fn second_speaker_in_one_sentence_ends_the_first_statement() {
    let q = run("وقال الوزير هاني سعد إن الوضع مستقر، فيما قال النائب عمر زين إن الأزمة تتفاقم.");
    assert_eq!(who(&q), [(1, "هاني سعد"), (1, "عمر زين")]);
    assert_eq!(q[0].text, "الوضع مستقر");
}

#[test]
fn dateline_is_recorded_and_not_part_of_the_statement() {
    let text = "بيروت 5 مايو 2023 (أ ف ب) قال رئيس الحكومة نجيب ميقاتي إن الانتخابات ستجري في موعدها.";
    let a = super::heading::with_heading(Article::new("a1".into(), "t.txt".into(), text.into()));
    assert_eq!(a.dateline.as_deref(), Some("بيروت 5 مايو 2023 (أ ف ب)"));
    let q = run(text);
    assert_eq!(who(&q), [(1, "نجيب ميقاتي")]);
}

#[test]
fn spelling_variants_of_verbs_and_complementizers() {
    let q = run("واكد الوزير حسام زكي ان القمة ناجحة.\nوأَضافَ أنّ الإعداد جيد.");
    assert_eq!(who(&q), [(1, "حسام زكي"), (2, "حسام زكي")]);
}

#[test]
fn people_sharing_a_surname_in_different_articles_stay_apart() {
    let a = Article::new(
        "a1".into(),
        "a.txt".into(),
        "قال الوزير أحمد نصار إن الخطة جاهزة.\nوأكد نصار أن التنفيذ قريب.".into(),
    );
    let b = Article::new(
        "a2".into(),
        "b.txt".into(),
        "قالت النائبة ليلى نصار إن الخطة ناقصة.\nوأكدت نصار أن التعديل ضروري.".into(),
    );
    let doc = extract(vec![a, b], &[]);
    let mut names: Vec<&str> = doc.speakers.iter().map(|s| s.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["أحمد نصار", "ليلى نصار"]);
}

#[test]
fn a_relative_clause_of_saying_reports_its_antecedent() {
    // the main clause resumes after the closing comma with a preposition
    let q = run("ووصل وزير المالية اللبناني ياسين جابر، الذي قال أمس إن الموازنة جاهزة، إلى بيروت اليوم.");
    assert_eq!(who(&q), [(1, "ياسين جابر")]);
    assert_eq!(q[0].text, "الموازنة جاهزة");
    assert_eq!(q[0].attribution, Attribution::Explicit);
    // a feminine organisation with a feminine verb; `قد` resumes the main clause
    let q = run("وكانت هيئة الطيران المدني، التي أعلنت أن المطار سيفتح، قد أغلقت الأجواء.");
    assert_eq!(who(&q), [(1, "هيئة الطيران المدني")]);
    assert_eq!(q[0].text, "المطار سيفتح");
    // after a verb and its subject, the relative clause follows the object: a title after a
    // name opens the object's phrase
    let q = run("واستقبل الملك عبد الله وزير الخارجية التركي هاكان فيدان، الذي أكد أن بلاده تدعم الحل.");
    assert_eq!(who(&q), [(1, "هاكان فيدان")]);
    assert_eq!(q[0].text, "بلاده تدعم الحل");
}

#[test]
fn a_spokesperson_of_an_organisation_in_a_relative_clause() {
    let q = run("وأثنت المتحدثة باسم وزارة الخارجية ليلى سعيد، التي قالت إن بلادها ترحب بالحوار، على الوساطة.");
    assert_eq!(who(&q), [(1, "ليلى سعيد")]);
    assert_eq!(&*q[0].mention, "المتحدثة باسم وزارة الخارجية ليلى سعيد");
    assert_eq!(q[0].text, "بلادها ترحب بالحوار");
    let q = run("ورحب المتحدث الرسمي لوزارة الخارجية سمير داود، الذي أكد أن الاتفاق متوازن، بالخطوة.");
    assert_eq!(who(&q), [(1, "سمير داود")]);
    assert_eq!(&*q[0].mention, "المتحدث الرسمي لوزارة الخارجية سمير داود");
    assert_eq!(q[0].text, "الاتفاق متوازن");
}

#[test]
fn a_name_given_before_is_enough_for_a_relative_clause() {
    let q = run(
        "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بناءة.\nوغادر لافروف، الذي أوضح أن الزيارة ناجحة، إلى موسكو.",
    );
    assert_eq!(who(&q), [(1, "سيرغي لافروف"), (2, "سيرغي لافروف")]);
    assert_eq!(q[1].text, "الزيارة ناجحة");
}

#[test]
fn relative_clauses_that_report_no_one() {
    for text in [
        // the pronoun does not agree with the verb
        "ووصل وزير المالية ياسين جابر، الذي قالت إن الموازنة جاهزة، إلى بيروت.",
        // the verb has its own subject: the clause is about the antecedent, not by it
        "وزار وزير الصناعة المصنع الذي قال العمال إنه الأكبر في المنطقة.",
        // no title, no organisation, no name known before
        "وافتتح المسؤولون الجسر، الذي قيل إنه الأطول في البلاد.",
        // the antecedent is a preposition's object, not a speaker phrase read here
        "وأشاد المواطنون بالمنظمة، التي قالت إن المساعدات ستصل.",
    ] {
        let q = run(text);
        assert!(q.iter().all(|q| !matches!(q.cue.as_ref(), "قالت" | "قال" | "قيل")), "{text}: {q:?}");
    }
}

#[test]
fn before_the_preposition_of_a_verb_stands_its_subject_unless_it_calls_on_someone() {
    let q = run(
        "قال وزير الخارجية عماد نصر إن المحادثات مستمرة.\nوشدد الجانبان على أهمية الحوار.\nوحذر الخبراء من موجة حر.",
    );
    assert_eq!(who(&q), [(1, "عماد نصر"), (2, "الجانبان"), (3, "الخبراء")]);
    assert_eq!(q[1].text, "أهمية الحوار");
    // a verb of calling on someone: the definite word before `إلى` is the one called on
    let q = run("قال وزير الخارجية عماد نصر إن المحادثات مستمرة.\nودعا البلدين إلى ضبط النفس.");
    assert_eq!(who(&q), [(1, "عماد نصر"), (2, "عماد نصر")]);
    assert_eq!(q[1].text, "ضبط النفس");
}

#[test]
fn a_statement_speaks_for_its_owner_past_its_own_adjectives() {
    let q = run("وأكد البيان الختامي للقمة أن الدول الأعضاء ملتزمة بالسلام.");
    assert_eq!(who(&q), [(1, "القمة")]);
    let q = run("وأكد البيان المشترك للوزارة أن الحوار مستمر.");
    assert_eq!(who(&q), [(1, "الوزارة")]);
}

#[test]
fn the_organisation_spoken_to_is_not_part_of_the_subject() {
    let q = run("وصرح وزير الخارجية المصري عماد نصر لوكالة أنباء الشرق بأن القاهرة تدعم الحل.");
    assert_eq!(who(&q), [(1, "عماد نصر")]);
    assert_eq!(&*q[0].mention, "وزير الخارجية المصري عماد نصر");
    assert_eq!(q[0].text, "القاهرة تدعم الحل");
    // after a title it is the title's organisation
    let q = run("وقال المتحدث الرسمي لوزارة الخارجية إن السفير غادر.");
    assert_eq!(&*q[0].mention, "المتحدث الرسمي لوزارة الخارجية");
}

#[test]
fn a_construct_chain_role_before_the_name() {
    // وزيرة خارجية الاتحاد: indefinite nouns in a construct chain belong to the role; after
    // the definite adjective the indefinite word starts the name
    let q = run("وقالت وزيرة خارجية الاتحاد الأفريقي ماريا لوبيز للصحافيين في ختام الاجتماع إن الحوار مستمر.");
    assert_eq!(who(&q), [(1, "ماريا لوبيز")]);
    let q = run("وأكد رئيس مجلس إدارة الشركة الوطنية للنقل سامي الحربي أن الأسعار لن ترتفع.");
    assert_eq!(who(&q), [(1, "سامي الحربي")]);
    // a definite title cannot head a construct chain: `الرئيس بشار` is title and name
    let q = run("وقال الرئيس ميشال عون إن الحكومة ستتشكل قريبا.");
    assert_eq!(who(&q), [(1, "ميشال عون")]);
}

#[test]
fn a_prepositional_phrase_of_affiliation_before_the_name_is_role() {
    let q = run("وأشارت عضو مجلس الشورى في المنطقة الوسطى هند آل سعيد إلى أن المشاركة ارتفعت.");
    assert_eq!(who(&q), [(1, "هند آل سعيد")]);
    assert!(q[0].text.starts_with("المشاركة"));
    let q = run("وطالب نائب رئيس الغرفة التجارية بمحافظة جدة خالد العمري الجهات المعنية بتسهيل الإجراءات.");
    assert_eq!(who(&q), [(1, "خالد العمري")]);
    assert!(q[0].text.contains("بتسهيل الإجراءات"));
}

#[test]
fn adverbials_of_occasion_and_audience_are_not_the_speaker() {
    let q = run("التقى وزير الصحة الدكتور فهد المالكي وفد المنظمة.\n\
         وقال وزير الصحة في تصريح للصحفيين عقب اللقاء إن التعاون سيتوسع.");
    assert_eq!(who(&q), [(2, "فهد المالكي")]);
}

#[test]
fn a_group_or_one_of_a_group_is_an_unnamed_speaker() {
    let q = run("وأكد عدد من الخبراء أن السوق ستتعافى خلال العام.");
    assert_eq!(who(&q), [(1, "عدد من الخبراء")]);
}

#[test]
fn a_verb_in_a_headline_is_no_name() {
    let q = run("معالي وزير النقل يفتتح المعرض الدولي\nوقال وزير النقل إن المعرض يضم مئة شركة.");
    assert_eq!(q.len(), 1);
    assert!(!q[0].speaker.contains("يفتتح"), "speaker: {}", q[0].speaker);
}

#[test]
fn honorific_pronoun_is_the_person_given_that_honorific() {
    // `سموه` is the prince introduced with `صاحب السمو الملكي`, not the minister who spoke
    // last; `معاليه` is the minister
    let q = run("استقبل صاحب السمو الملكي الأمير فيصل بن خالد أمير المنطقة الشمالية معالي وزير التعليم يوسف البنيان.\n\
         وقال وزير التعليم إن المدارس جاهزة.\n\
         وأكد سموه أن المنطقة تدعم التعليم.\n\
         وأضاف معاليه أن الخطة تشمل مئة مدرسة.");
    assert_eq!(who(&q), [(2, "يوسف البنيان"), (3, "فيصل بن خالد"), (4, "يوسف البنيان")]);
}

#[test]
fn a_bare_surname_is_the_person_named_most_recently() {
    let q = run("وقالت رئيسة الجمعية منى العتيبي إن العضوية مفتوحة.\n\
         وذكرت مديرة البرنامج سارة العتيبي أن التسجيل يبدأ غدا.\n\
         وقالت العتيبي إن المقاعد محدودة.");
    assert_eq!(who(&q), [(1, "منى العتيبي"), (2, "سارة العتيبي"), (3, "سارة العتيبي")]);
}

#[test]
fn an_organisation_noun_refers_to_the_organisation_not_to_a_person_of_it() {
    let q = run("أعلنت وزارة الداخلية إغلاق الطريق.\n\
         وقال المتحدث باسم وزارة الداخلية ماجد الشمري إن الإغلاق مؤقت.\n\
         وقالت الوزارة إن الطريق سيفتح غدا.");
    assert_eq!(who(&q)[1..], [(2, "ماجد الشمري"), (3, "وزارة الداخلية")]);
}

#[test]
fn a_subject_before_its_verb() {
    // pluperfect with the subject between كان and the verb
    let q = run("وكان وزير الدفاع الإيطالي لوكا ماريني قال عند وصوله إلى المؤتمر: «نريد حلا سياسيا».");
    assert_eq!(who(&q), [(1, "لوكا ماريني")]);
    assert_eq!(q[0].text, "نريد حلا سياسيا");
    // after an impersonal `ويذكر أن`, the subject stands before the verb
    let q = run("ويذكر أن صحيفة «لوموند» الفرنسية نشرت أمس أن «الحكومة تستعد لتعديل وزاري».");
    assert_eq!(who(&q), [(1, "صحيفة لوموند الفرنسية")]);
    // `ونفى X أن Y قال`: no statement by a noun that is no speaker (`بلادها`)
    let q = run("وأكدت الوزيرة رنا خوري أن بلادها ترحب بالمبادرة.");
    assert_eq!(who(&q), [(1, "رنا خوري")]);
    // a verb that disagrees with the phrase before it has another subject
    let q = run("ويذكر أن الوزير سامر حداد قالت إن الخطة جاهزة.");
    assert!(q.iter().all(|x| &*x.speaker != "سامر حداد"));
}

#[test]
fn the_words_a_report_relays_are_the_speakers_own() {
    // `كشفت الصحيفة أن X قال: «...»`: X speaks, through the newspaper
    let q = run("وكشفت صحيفة «الغارديان» البريطانية أن المدير التنفيذي للشركة توماس بيرغ قال: «لن نغلق المصنع».");
    assert_eq!(who(&q), [(1, "توماس بيرغ")]);
    assert_eq!(q[0].text, "لن نغلق المصنع");
    assert!(q[0].channel.as_deref().is_some_and(|c| c.contains("الغارديان")), "channel: {:?}", q[0].channel);
}

#[test]
fn a_negated_verb_reports_nothing_and_describes_an_unnamed_source() {
    let q = run("ولم يقل الوزير إن الاتفاق انتهى.");
    assert!(q.is_empty(), "{:?}", who(&q));
    let q = run("ونقلت الوكالة عن مسؤول في الهيئة لم تذكر اسمه أن التحقيق مستمر.");
    assert_eq!(q.len(), 1);
    assert_eq!(&*q[0].speaker, "مسؤول في الهيئة");
}

#[test]
fn an_unnamed_source_never_joins_a_named_organisation() {
    let q = run("وقالت الهيئة العامة للطيران إن الرحلات مستمرة.\nوقال متحدث باسم الهيئة إن التأخير محدود.");
    assert_eq!(who(&q), [(1, "الهيئة العامة للطيران"), (2, "متحدث باسم الهيئة")]);
}

#[test]
fn a_statement_in_which_the_speaker_says() {
    // the issuing clause names the speaker; the resumptive pronoun refers to the statement
    let q = run("وأصدرت الهيئة الوطنية للأمن الغذائي بيانا أكدت فيه أن المخزون يكفي عاما.");
    assert_eq!(who(&q), [(1, "الهيئة الوطنية للأمن الغذائي")]);
    assert_eq!(q[0].text, "المخزون يكفي عاما");
    let q = run("ونشر المدرب هشام بدران تغريدة قال فيها إن الفريق جاهز.");
    assert_eq!(who(&q), [(1, "هشام بدران")]);
    // `في بيان أكد فيه` names no one: the latest speaker
    let q = run("وقال الوزير خالد العلي إن المشروع اكتمل.\nوفي بيان أكد فيه أن العمل مستمر، دعا إلى الصبر.");
    assert_eq!(who(&q), [(1, "خالد العلي"), (2, "خالد العلي"), (2, "خالد العلي")]);
}

#[test]
fn an_interview_in_questions_and_answers() {
    let text = "مدير المستشفى: الأجهزة الجديدة تصل الشهر المقبل\n\
        كشف مدير مستشفى الملك فهد الدكتور ناصر القحطاني أن الأجهزة الجديدة تصل الشهر المقبل.\n\
        متى يبدأ تشغيل القسم الجديد؟\n\
        القسم سيعمل بكامل طاقته بعد وصول الأجهزة وتدريب الفنيين.\n\
        وماذا عن نقص الأطباء؟\n\
        تعاقدنا مع عشرين طبيبا سيصلون تباعا.\n\
        وفي الختام شكر الحضور.";
    let q = run(text);
    let answers: Vec<_> = q.iter().filter(|x| x.attribution == Attribution::Answer).collect();
    assert_eq!(answers.len(), 2, "{:?}", who(&q));
    assert!(answers.iter().all(|x| &*x.speaker == "ناصر القحطاني"));
    assert!(answers[0].text.starts_with("القسم سيعمل"));
    // a single rhetorical question makes no answers
    let q = run("قال الوزير سامي فارس إن الخطة جاهزة.\nفهل تنجح الخطة؟\nالأيام ستكشف ذلك.");
    assert_eq!(q.len(), 1);
}

#[test]
fn the_present_tense_continues_a_speaker_unless_impersonal() {
    let q = run("وقالت الباحثة ريم الشهري إن العينة كبيرة.\nوتقول: «النتائج فاجأتنا».");
    assert_eq!(who(&q), [(1, "ريم الشهري"), (2, "ريم الشهري")]);
    // `ويذكر أن` / `ويتوقع أن` read as passives are the reporter's voice
    let q = run("وقالت الباحثة ريم الشهري إن العينة كبيرة.\nويذكر أن الدراسة بدأت العام الماضي.");
    assert_eq!(q.len(), 1);
}

#[test]
fn the_one_spoken_to_between_verb_and_subject() {
    let q = run("وقال لـ«الوطن» الدكتور سامي الأحمد «إن المستشفى جاهز لاستقبال الحالات».");
    assert_eq!(who(&q), [(1, "سامي الأحمد")]);
    let q = run("وقال لوكالة الأنباء الألمانية مسؤول عسكري إن القوات انسحبت.");
    assert_eq!(who(&q), [(1, "مسؤول عسكري")]);
}

#[test]
fn groups_speak_and_plural_verbs_continue_them() {
    let q = run("وأعرب ذوو الضحايا عن شكرهم للفرق الطبية، مؤكدين أن الدعم وصل سريعا.\n\
         وقالوا «نريد العدالة».\n\
         وأكد المصابون أن العلاج جيد، معبرين عن امتنانهم.");
    assert_eq!(who(&q), [(1, "ذوو الضحايا"), (2, "ذوو الضحايا"), (3, "المصابون")]);
}

#[test]
fn an_honorific_pronoun_after_a_participle_is_the_running_speaker() {
    let q = run("وقال صاحب السمو الأمير خالد بن فيصل إن المعرض ناجح. مؤكدا سموه أن المشروع يخدم المنطقة.");
    assert_eq!(who(&q), [(1, "خالد بن فيصل"), (1, "خالد بن فيصل")]);
    assert_eq!(q[1].text, "المشروع يخدم المنطقة");
}

#[test]
fn an_abbreviated_title_does_not_end_the_sentence() {
    let q = run("وقالت د. هند الزامل إن الحملة ناجحة.");
    assert_eq!(who(&q), [(1, "هند الزامل")]);
}

#[test]
fn in_the_speakers_own_words() {
    let q = run("وقالت الباحثة منى سعد إن الدراسة شملت ألف طالب.\nوالنتائج مقلقة، بحسب قولها.");
    assert_eq!(who(&q), [(1, "منى سعد"), (2, "منى سعد")]);
    assert_eq!(q[1].text, "والنتائج مقلقة");
    let q = run("وقال المدرب سامي حسن إن الفريق جاهز تماما على حد تعبيره.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].text, "الفريق جاهز تماما");
}

#[test]
fn described_as_with_an_object_pronoun() {
    let q = run("وقال الوزير سالم العنزي إن الخطة جاهزة، ووصفها بأنها الأكبر في تاريخ الوزارة.");
    assert_eq!(who(&q), [(1, "سالم العنزي"), (1, "سالم العنزي")]);
    assert!(q[1].text.contains("الأكبر في تاريخ الوزارة"));
}

#[test]
fn an_unnamed_source_named_in_the_next_paragraph_is_that_person() {
    let q = run("حذرت باحثة متخصصة من انتشار المرض، مؤكدة أن الوقاية ممكنة.\n\
         وقالت الباحثة الدكتورة منى الغامدي إن اللقاح آمن.");
    assert_eq!(who(&q), [(1, "منى الغامدي"), (2, "منى الغامدي")]);
    // a different title is someone else
    let q = run("حذر مسؤول أمني من التصعيد.\nوقال الوزير سامي حداد إن الوضع مستقر.");
    assert_eq!(who(&q), [(1, "مسؤول أمني"), (2, "سامي حداد")]);
}

#[test]
fn a_quotation_left_open_ends_where_narration_resumes() {
    let q = run("وقال الأمير فيصل بن سعد: «نحن ماضون في طريقنا ولن نتراجع. وأكد سموه أن الدولة قوية.");
    assert_eq!(who(&q), [(1, "فيصل بن سعد"), (1, "فيصل بن سعد")]);
    assert_eq!(q[0].text, "نحن ماضون في طريقنا ولن نتراجع");
    assert_eq!(q[1].text, "الدولة قوية");
}

#[test]
fn according_to_what_a_source_published() {
    let q = run("الحادث وقع فجرا، طبقا لما نشرته صحيفة «التايمز» البريطانية.");
    assert_eq!(who(&q), [(1, "صحيفة التايمز البريطانية")]);
    assert_eq!(q[0].text, "الحادث وقع فجرا");
    // `بألا` keeps the negation in the content
    let q = run("وطالبت الوزيرة سارة الحمد بألا يتأخر التنفيذ.");
    assert_eq!(q[0].text, "بألا يتأخر التنفيذ");
}

#[test]
fn a_verb_whose_content_is_its_object() {
    let q = run("وثمن الوزير خالد السعد جهود الفرق الميدانية.");
    assert_eq!(who(&q), [(1, "خالد السعد")]);
    assert_eq!(q[0].text, "جهود الفرق الميدانية");
    // a definite noun that is no speaker is the object of a verb whose subject was dropped
    let q = run("كما كشفت دراسة نشرت أمس وأكدت الصعوبات التي يواجهها الاقتصاد.");
    assert!(q.iter().all(|x| &*x.speaker != "الصعوبات"), "{:?}", who(&q));
}

#[test]
fn a_statement_issued_by_speaks_for_its_issuer() {
    let q = run("وذكر بيان صادر عن وزارة الداخلية أن الحادث قيد التحقيق.");
    assert_eq!(who(&q), [(1, "وزارة الداخلية")]);
}

#[test]
fn a_future_verb_is_no_name() {
    let q = run("أعلنت الوزارة أن الوزير باولو رينزي سيزور القاهرة الشهر المقبل.\nوكان رينزي قد أعلن أن الزيارة مهمة.");
    assert!(q.iter().all(|x| !x.speaker.contains("سيزور")), "{:?}", who(&q));
    assert_eq!(&*q[1].speaker, "باولو رينزي");
}

#[test]
fn a_preacher_with_coordinated_titles_and_honorifics_of_address() {
    let q = run("وأوصى إمام وخطيب المسجد النبوي فضيلة الشيخ الدكتور صالح البدير المصلين بالصبر.");
    assert_eq!(who(&q), [(1, "صالح البدير")]);
    assert_eq!(q[0].text, "بالصبر");
    // the preposition أمام is no imam
    let q = run("وقال الوزير سامي خالد أمام الحضور إن الخطة جاهزة.");
    assert_eq!(who(&q), [(1, "سامي خالد")]);
}

#[test]
fn an_informed_source_and_a_time_adverbial() {
    let q = run("وكشف مصدر مطلع لـ«الرياض» أن القرار سيصدر قريبا.");
    assert_eq!(who(&q), [(1, "مصدر مطلع")]);
    let q = run("وقال الوزير سامي خالد مطلع الأسبوع إن الخطة جاهزة.");
    assert_eq!(who(&q), [(1, "سامي خالد")]);
}

#[test]
fn objects_and_addressees_are_not_speakers() {
    // the one prayed to
    let q = run("ودعا الله أن يحفظ البلاد.");
    assert!(q.is_empty(), "{:?}", who(&q));
    // a definite noun after a complete organisation name is the object of a call
    let q = run("وطالبت المنظمة الدولية الحكومة بالإفراج عن المعتقلين.");
    assert_eq!(who(&q), [(1, "المنظمة الدولية")]);
    // ل with a title: the person spoken to
    let q = run("وأكد رئيس الوزراء لرئيس الوفد الزائر أن العلاقات متينة.");
    assert_eq!(who(&q), [(1, "رئيس الوزراء")]);
    // adjectives and prepositional phrases of an organisation's name stay in it
    let q = run("وقال المجلس الأعلى للقوات المسلحة إن الانتخابات ستجرى.");
    assert_eq!(who(&q), [(1, "المجلس الأعلى للقوات المسلحة")]);
}

#[test]
fn the_kings_title() {
    let q = run("وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أن المملكة ستبقى سندا لأشقائها.");
    assert_eq!(who(&q), [(1, "سلمان بن عبدالعزيز")]);
    // خادم alone is a server, no title
    let q = run("وقالت الوزارة إن خادم الحاسوب الخاص بالشركة تعطل.");
    assert_eq!(who(&q), [(1, "الوزارة")]);
}

/// The sentences of these tests, as written in this file: every `run("…")` argument.
fn test_sentences() -> Vec<String> {
    let src = include_str!("rule_tests.rs");
    let mut out = Vec::new();
    for part in src.split("run(\"").skip(1) {
        let Some(end) = part.find("\")") else { continue };
        // a string continued over lines: `\n\` then the next line's indentation
        let text: String =
            part[..end].split("\\n\\\n").map(str::trim_start).collect::<Vec<_>>().join("\n").replace("\\n", "\n");
        out.push(text);
    }
    out
}

#[test]
fn no_speaker_name_starts_or_ends_with_a_particle_preposition_verb_or_conjunction() {
    use super::lexicon::{lexicon, Class};
    let l = lexicon();
    let mut texts = test_sentences();
    assert!(texts.len() > 60, "the sentences of this file were found");
    texts.push(crate::load::SAMPLE_TEXT.to_string());
    for text in &texts {
        for q in run(text) {
            let written: Vec<&str> = q.speaker.split_whitespace().collect();
            for written in [written.first(), written.last()].into_iter().flatten() {
                // the name علي folds to the letters of the preposition على
                if *written == "علي" {
                    continue;
                }
                let w = &crate::text::fold(written);
                // (a given name spelled like a verb, `أمل`, is a name where a title of address
                // stands before it)
                let bad = l.cue(w).is_some() && l.any_given_name(w).is_none()
                    || matches!(
                        l.class(w).or_else(|| w.strip_prefix('و').and_then(|r| l.class(r))),
                        Some(
                            Class::Prep
                                | Class::Comp { .. }
                                | Class::Stop
                                | Class::Opener
                                | Class::Subordinate
                                | Class::According
                                | Class::Filler
                        )
                    );
                assert!(!bad, "speaker {:?} of {:?} begins or ends with {w:?}", q.speaker, text);
            }
        }
    }
}

#[test]
fn an_institution_named_after_someone_is_part_of_the_role() {
    let q = run("وقال مدير مستشفى الملك فهد ناصر القحطاني إن الأجهزة وصلت.");
    assert_eq!(who(&q), [(1, "ناصر القحطاني")]);
    let q = run("وقالت أستاذة علم الاجتماع في جامعة الملك سعود الدكتورة منى الشهري إن المشكلة ثقافية.");
    assert_eq!(who(&q), [(1, "منى الشهري")]);
    // a title and name after a definite organisation are the person's
    let q = run("وقال وزير الخارجية الأمير سعود الفيصل إن الحوار مستمر.");
    assert_eq!(who(&q), [(1, "سعود الفيصل")]);
}

#[test]
fn after_a_prepositional_phrase_the_object_is_no_name() {
    let q = run("ونفى مصدر في وزارة البترول وجود نية لخفض الإنتاج، مؤكدا أن المملكة ملتزمة بتلبية احتياجات عملائها.");
    assert_eq!(who(&q), [(1, "مصدر في وزارة البترول")]);
    assert!(q[0].text.starts_with("وجود نية"));
    // a foreign name that ends the phrase is one
    let q = run("وقال المفتش العام لمكتب الاستخبارات الوطنية شارلز ماكولو إن الوثائق سرية.");
    assert_eq!(who(&q), [(1, "شارلز ماكولو")]);
}

#[test]
fn family_names_and_coordinated_roles() {
    let q = run(
        "بحضور معالي وزير الشؤون البلدية والقروية المهندس عبداللطيف آل الشيخ.\nوأوضح معالي الوزير أن الميزانية كبيرة.",
    );
    assert_eq!(who(&q), [(2, "عبداللطيف آل الشيخ")]);
    // the apposition after a name ends with its role phrase
    let q = run("دشن الأمير فيصل بن مشعل أمير منطقة القصيم اليوم المشروعات.\nوأكد الأمير فيصل بن مشعل أن المنطقة تنمو.");
    assert_eq!(who(&q), [(2, "فيصل بن مشعل")]);
}

#[test]
fn a_quoted_name_inside_an_adverbial_is_not_the_content() {
    let q = run("وقال الوزير سامي نادر في كلمة خلال «المؤتمر الدولي للطاقة» الذي عقد في الرياض: «الطلب سيرتفع».");
    assert_eq!(who(&q), [(1, "سامي نادر")]);
    assert_eq!(q[0].text, "الطلب سيرتفع");
    // a noun with a role after it is no person: `وأدان اغتيال النائب العام …`
    let q = run("وقال الوزير سامي نادر إن الوضع خطير، وأدان اغتيال النائب العام المستشار هشام بركات.");
    assert!(q.iter().all(|x| &*x.speaker == "سامي نادر"), "{:?}", who(&q));
}

#[test]
fn a_statement_prepared_by_speaks_for_its_author() {
    let q = run("ووفقا لتقرير أعده «بنك الرياض»، فإن النمو سيتباطأ.");
    assert_eq!(who(&q), [(1, "بنك الرياض")]);
    let q = run("وأكدت دراسة أعدتها جامعة الملك سعود أن التدخين يتراجع.");
    assert_eq!(who(&q), [(1, "جامعة الملك سعود")]);
}

#[test]
fn a_colon_then_a_bare_complementizer_and_a_complementizer_then_a_quotation() {
    let q = run("وقالت مديرة المؤسسة سميرة الحربي: إن المؤسسة تستقبل الفتيات.");
    assert_eq!(q[0].text, "المؤسسة تستقبل الفتيات");
    let q = run("وقال رئيس اللجنة بيتر لانغ في بيان إن “الوضع كارثي”.");
    assert_eq!((q[0].text.as_ref(), q[0].form), ("الوضع كارثي", Form::Direct));
}

#[test]
fn a_participle_closing_a_narrated_clause_is_its_subjects() {
    let q = run("وقال المحامي سعد الغامدي إن الحكم منصف.\n\
         في المقابل، رفض متحدث باسم الجهة الحكومية التعليق على الحكم، مكتفيا بالقول إن الجهة ستدرس خياراتها.");
    assert_eq!(who(&q), [(1, "سعد الغامدي"), (2, "متحدث باسم الجهة الحكومية")]);
    assert_eq!(q[1].text, "الجهة ستدرس خياراتها");
}

#[test]
fn a_verb_inside_a_noun_phrase_of_the_subject_is_not_the_clause() {
    let q = run("وأكدت الموظفة، التي فضلت عدم ذكر اسمها، أنها عانت كثيرا.");
    assert_eq!(who(&q), [(1, "الموظفة")]);
    // the name علي after a role
    let q = run("وعبر السفير اليمني لدى الكويت علي منصور عن شكره للكويت.");
    assert_eq!(who(&q), [(1, "علي منصور")]);
}

#[test]
fn an_honorific_pronoun_for_a_dignitary_named_by_title_alone() {
    let q = run("زار نائب خادم الحرمين الشريفين اليوم المصابين في حادث التفجير.\n\
         وأكد سموه أن الدولة لن تتهاون.\n\
         وأضاف سموه قائلا: «الإرهاب لا دين له».");
    assert_eq!(who(&q), [(2, "نائب خادم الحرمين الشريفين"), (3, "نائب خادم الحرمين الشريفين")]);
}

#[test]
fn the_object_of_describing_is_no_speaker() {
    let q = run("وتقول الباحثة ريم القحطاني إن المدارس لا تقدم بدائل، وتصف الوضع الحالي بأنه مقلق.");
    assert_eq!(who(&q), [(1, "ريم القحطاني"), (1, "ريم القحطاني")]);
    // a broken plural takes a feminine verb: the newspapers report
    let q = run("وأوردت الصحف التركية أن الشاب التحق بالتنظيم قبل شهرين.");
    assert_eq!(who(&q), [(1, "الصحف التركية")]);
}

#[test]
fn a_place_then_a_title_of_address_ends_an_affiliation() {
    let q = run("كشف مدير عام مؤسسة الكهرباء في تعز المهندس نبيل جامل أن الانقطاع سينتهي.");
    assert_eq!(who(&q), [(1, "نبيل جامل")]);
}

#[test]
fn a_new_clause_inside_a_sentence_needs_a_subject_of_its_own() {
    // no comma: `وقالت X` with its subject is a new statement, a bare `وأضاف` continues
    let q = run("وقال الوزير خالد العمر إن الوضع صعب وقالت الوزيرة هدى سالم إن الحل قريب.");
    assert_eq!(who(&q), [(1, "خالد العمر"), (1, "هدى سالم")]);
    assert_eq!(q[0].text, "الوضع صعب");
    let q = run("وقال الوزير خالد العمر إن الوضع صعب وأضاف أن الحل قريب.");
    assert_eq!(q.len(), 1);
    // `حيث` opens a clause; the object of the verb before it is no surname
    let q = run("وافتتح الأمير فيصل المعرض حيث أكد سموه أن المنطقة تشهد نهضة.");
    assert_eq!(who(&q), [(1, "فيصل")]);
    assert_eq!(q[0].text, "المنطقة تشهد نهضة");
}

#[test]
fn reported_words_of_a_report_stay_the_reporters_unless_quoted() {
    // an indirect report inside an indirect report stays the outer speaker's
    let q = run("وقالت الوزيرة ليلى حسن إن المستشفى أعرب عن جاهزيته.");
    assert_eq!(who(&q), [(1, "ليلى حسن")]);
    assert_eq!(q[0].text, "المستشفى أعرب عن جاهزيته");
}

#[test]
fn an_organisation_keeps_the_place_it_is_in() {
    // `بمحافظة X` after an organisation belongs to it; the person after that is the speaker
    let q = run("وأوضح مدير المديرية العامة للشؤون الصحية بمحافظة الطائف الدكتور سالم العتيبي أن الحالات مستقرة.");
    assert_eq!(who(&q), [(1, "سالم العتيبي")]);
    // a verb's own preposition is not a place: the organisation is the speaker, not its object
    let q = run("وأشادت الجمعية الخيرية بجهود المتطوعين، مؤكدة أن العمل سيستمر.");
    assert_eq!(who(&q), [(1, "الجمعية الخيرية")]);
}

#[test]
fn for_his_part_fronted_without_a_comma() {
    let q = run("وقالت الوزيرة هدى سالم إن الحل قريب.\nمن جهته أوضح النائب كريم داود أن الخلاف قائم.");
    assert_eq!(who(&q), [(1, "هدى سالم"), (2, "كريم داود")]);
    let q = run("قال المدير رامي حداد إن الأرباح تضاعفت.\nمن جانبها قالت المديرة سلوى نصر إن الخسائر انحسرت.");
    assert_eq!(who(&q), [(1, "رامي حداد"), (2, "سلوى نصر")]);
}

#[test]
fn an_ellipsis_before_a_complementizer_does_not_end_the_statement() {
    let q = run("وقال الطبيب سمير نادر إن الخطر تراجع...وأن الخوف لا مبرر له.");
    assert_eq!(who(&q), [(1, "سمير نادر")]);
    assert!(q[0].text.contains("الخوف لا مبرر له"), "{}", q[0].text);
}

#[test]
fn a_role_in_apposition_after_the_name_is_the_persons() {
    // Egyptian house style: name, then the office between commas, then the complementizer
    let q = run("أكد الدكتور سمير فهمي، وزير النقل والمواصلات، أن الطريق سيفتتح قريبا.\n\
                 وأوضح الوزير، خلال جولته، أن الأعمال تسير وفق الجدول.");
    assert_eq!(who(&q), [(1, "سمير فهمي"), (2, "سمير فهمي")]);
    assert_eq!(q[0].text, "الطريق سيفتتح قريبا");
    let q = run("قالت المهندسة رنا عادل، رئيسة هيئة المياه، إن الانقطاع سينتهي.\nوأضافت الرئيسة أن الفرق تعمل.");
    assert_eq!(who(&q), [(1, "رنا عادل"), (2, "رنا عادل")]);
}

#[test]
fn an_outlet_spoken_to_inside_commas_is_not_the_content() {
    let q = run("قال النائب كريم حسن، في تصريح لـ«الصباح الجديد»، إن الموازنة تأخرت.");
    assert_eq!(who(&q), [(1, "كريم حسن")]);
    assert_eq!(q[0].text, "الموازنة تأخرت");
}

#[test]
fn the_object_after_a_full_name_is_not_a_surname() {
    for (s, name) in [
        ("طالبت النائبة سعاد جبر الحكومة بتوضيح الأسباب.", "سعاد جبر"),
        ("ودعا الوزير باسل يوسف المجتمع الدولي إلى التحرك العاجل.", "باسل يوسف"),
        ("أبدى المدرب ماركو سيلفا رضاه عن الأداء، مؤكدا أن الفريق تطور.", "ماركو سيلفا"),
        ("وحمل المدرب لويس غارسيا التحكيم المسؤولية، مشيرا إلى أن الهدف غير صحيح.", "لويس غارسيا"),
    ] {
        let q = run(s);
        assert_eq!(q.first().map(|q| q.speaker.as_ref()), Some(name), "{s}");
    }
    // a surname with the article stays in the name, also after two given names
    let q = run("وقال الشيخ عبد الله سالم المري إن المشروع اكتمل.");
    assert_eq!(who(&q), [(1, "عبد الله سالم المري")]);
}

#[test]
fn a_clause_set_off_by_dashes_describes_the_speaker() {
    let q = run("وقال مسؤول أمني - فضل عدم ذكر اسمه - إن الهجوم أحبط.");
    assert_eq!(who(&q), [(1, "مسؤول أمني")]);
    assert_eq!(q[0].text, "الهجوم أحبط");
    let q = run("ونقلت الوكالة عن دبلوماسي غربي -طلب عدم الكشف عن هويته- قوله إن الاتفاق قريب.");
    assert_eq!(q.iter().map(|q| q.speaker.as_ref()).collect::<Vec<_>>(), ["دبلوماسي غربي"]);
}

#[test]
fn after_a_title_of_address_a_given_name_that_is_also_a_word_is_the_name() {
    let q = run("وقال الدكتور سلطان فهد العلي إن المؤتمر ناجح.\nوقالت المهندسة أمل سعيد إن التصميم اكتمل.");
    assert_eq!(who(&q), [(1, "سلطان فهد العلي"), (2, "أمل سعيد")]);
}

#[test]
fn a_quoted_name_right_before_its_verb_is_the_subject_not_a_quotation() {
    let q = run("«سابك» تتوقع تحسن الأرباح في الربع المقبل\nنص الخبر.");
    assert!(q.is_empty(), "{:?}", who(&q));
    // a quotation before `قال X` stays a statement, even a one-word one set off by a comma
    let q = run("«سنواصل»، قال الوزير خالد سالم.");
    assert_eq!(who(&q), [(1, "خالد سالم")]);
}

#[test]
fn warned_of_that_opens_the_content_after_the_complementizer() {
    let q = run("وحذرت المنسقة ليلى عمر من أن الأوضاع تتدهور بسرعة.");
    assert_eq!(who(&q), [(1, "ليلى عمر")]);
    assert_eq!(q[0].text, "الأوضاع تتدهور بسرعة");
}

#[test]
fn a_state_named_with_its_adjectives_is_one_organisation() {
    for s in ["وقالت المملكة العربية السعودية إن الحل سياسي.", "وأكدت الجمهورية العربية السورية أن الحل سياسي."]
    {
        let q = run(s);
        assert_eq!(q.len(), 1, "{s}");
        assert_eq!(q[0].speaker.split_whitespace().count(), 3, "{s}: {}", q[0].speaker);
    }
}

#[test]
fn the_imam_of_a_holy_mosque_with_honorific_and_titles_is_the_named_person() {
    let q = run("أكد إمام وخطيب المسجد الحرام فضيلة الشيخ الدكتور ماهر المعيقلي أن الرحمة أساس.\n\
                 وفي المدينة، تحدث إمام المسجد النبوي فضيلة الشيخ صلاح البدير عن الصدقة، مبينا أن الصدقة تطهر المال.\n\
                 وحذر فضيلته من الإسراف.");
    assert_eq!(who(&q), [(1, "ماهر المعيقلي"), (2, "صلاح البدير"), (3, "صلاح البدير")]);
}

#[test]
fn the_answer_to_amma_in_the_present_tense() {
    let q = run("أما المحللة سلمى داود فتقول إن الأسواق ستتعافى.\nأما الخبير نادر حسن فيرى أن التعافي بطيء.");
    assert_eq!(who(&q), [(1, "سلمى داود"), (2, "نادر حسن")]);
    assert_eq!(q[0].text, "الأسواق ستتعافى");
}

#[test]
fn believing_stated_with_its_complementizer_is_a_statement() {
    let q = run("ويعتقد المحلل كمال يوسف أن الأسعار ستنخفض.");
    assert_eq!(who(&q), [(1, "كمال يوسف")]);
    // without the complementizer it is no report
    let q = run("ويعتقد المحلل كمال يوسف بقدرة السوق.");
    assert!(q.is_empty(), "{:?}", who(&q));
}

#[test]
fn so_said_after_a_quotation() {
    let q = run("«لن نتراجع عن الإصلاح»، هكذا قال رئيس الحكومة فادي منصور أمام البرلمان.");
    assert_eq!(who(&q), [(1, "فادي منصور")]);
    assert_eq!(q[0].text, "لن نتراجع عن الإصلاح");
}

#[test]
fn a_description_named_by_who_is_called_is_that_person() {
    let q = run("وقال شاهد عيان يدعى سامر الخطيب إن الحافلة انقلبت.\nوأضاف الخطيب أن الإسعاف تأخر.");
    assert_eq!(who(&q), [(1, "سامر الخطيب"), (2, "سامر الخطيب")]);
}

#[test]
fn appealing_to_someone_with_bi_is_a_call() {
    let q = run("وناشد رئيس البلدية كريم عواد الحكومة بالإسراع في صرف التعويضات.");
    assert_eq!(who(&q), [(1, "كريم عواد")]);
    assert!(q[0].text.contains("الإسراع في صرف التعويضات"), "{}", q[0].text);
}

#[test]
fn maghrebi_verbs_of_saying_with_their_complementizer() {
    let q =
        run("وأبرز السيد كريم العلوي أن الحكومة ملتزمة بالإصلاح.\nوسجل المتحدث باسم الحكومة نبيل الفاسي أن النمو تحسن.");
    assert_eq!(who(&q), [(1, "كريم العلوي"), (2, "نبيل الفاسي")]);
    // the elative and the verb of scoring report nothing
    assert!(run("وكان أبرز المتحدثين الوزير خالد سالم.\nوسجل المنتخب هدفين في الشوط الأول.").is_empty());
}

#[test]
fn a_communique_speaks_for_its_issuer() {
    let q = run("وأفاد بلاغ لوزارة الصحة بأن الحملة ستبدأ غدا.");
    assert_eq!(who(&q), [(1, "وزارة الصحة")]);
    assert_eq!(q[0].text, "الحملة ستبدأ غدا");
}

#[test]
fn the_source_refers_back_to_the_latest_unnamed_source_of_that_head() {
    let q = run("وقال مصدر دبلوماسي إن المحادثات متعثرة.\nوأضاف المصدر أن الوسطاء يعملون.\n\
                 وقال مصدر آخر إن الاتفاق قريب.\nوتابع المصدر أن التوقيع قريب.\n\
                 وقالت مصادر أمنية إن الوضع هادئ.\nوأضافت المصادر أن الدوريات مستمرة.");
    assert_eq!(
        who(&q),
        [
            (1, "مصدر دبلوماسي"),
            (2, "مصدر دبلوماسي"),
            (3, "مصدر آخر"),
            (4, "مصدر آخر"),
            (5, "مصادر أمنية"),
            (6, "مصادر أمنية")
        ]
    );
}

#[test]
fn an_affiliation_with_an_administrative_place_and_its_name_is_the_role() {
    let q = run("وأوضح المتحدث الرسمي لأمانة محافظة الطائف سالم الغامدي لـ«المدينة» أن الأعمال بدأت.\n\
                 وأكد الغامدي أن المقاول أمهل شهرا.");
    assert_eq!(who(&q), [(1, "سالم الغامدي"), (2, "سالم الغامدي")]);
}

#[test]
fn a_group_of_a_quantity_ends_before_the_verbs_object() {
    let q = run("وطالب عدد من المزارعين الجهات المعنية بتعويضهم عن الخسائر.");
    assert_eq!(who(&q), [(1, "عدد من المزارعين")]);
}

#[test]
fn an_office_named_later_replaces_a_title_of_address_as_the_role() {
    // the headline names the prince by his title of address, the text by his office
    let q = run("الأمير خالد بن فهد: النادي سيستثمر في الشباب\n\
                 أكد رئيس نادي الاتحاد الأمير خالد بن فهد أن النادي سيستثمر في الشباب.\n\
                 وأضاف رئيس الاتحاد أن التعاقدات ستعلن قريبا.");
    assert_eq!(q.last().map(|q| q.speaker.as_ref()), Some("خالد بن فهد"));
}

#[test]
fn a_vocalised_name_is_named_without_its_short_vowels() {
    let q = run("وقالَ الوزيرُ خالدٌ سالمٌ إنَّ اللقاحَ آمنٌ.\nوأكـــد سالم أن التوزيع يبدأ غدا.");
    assert_eq!(who(&q), [(1, "خالد سالم"), (2, "خالد سالم")]);
    // the statement keeps the text as written
    assert_eq!(q[0].text, "اللقاحَ آمنٌ");
}
