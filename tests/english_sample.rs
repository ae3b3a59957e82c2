//! The English sample article (written for this project) through the real binary: who said
//! what, in which paragraph, with spans that slice the file.

use std::process::Command;

/// `saywho extract --format json PATH` (relative to the crate) and its statements as
/// (paragraph, speaker, text), each checked to be the bytes its span points at in the file.
fn extract(path: &str) -> (serde_json::Value, Vec<(u64, String, String)>) {
    let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["extract", "--format", "json", path])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let bytes = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    let got = doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let (s, e) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
            assert_eq!(std::str::from_utf8(&bytes[s..e]).unwrap(), q["text"].as_str().unwrap());
            (
                q["paragraph"].as_u64().unwrap(),
                q["speaker"].as_str().unwrap().to_string(),
                q["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (doc, got)
}

#[test]
fn english_sample_yields_the_expected_statements() {
    let (doc, got) = extract("samples/en-harbour-strike.txt");
    let expect: &[(u64, &str, &str)] = &[
        (2, "port authority", "Dock workers at Port Halden walked off the job"),
        (3, "Sam Okafor", "We have waited ten years for a fair contract"),
        (3, "Sam Okafor", "the strike would continue until the company returned to talks"),
        (4, "Harbour Logistics", "it remained open to negotiations"),
        (5, "Ines Varga", "Our offer is the best in the industry"),
        (6, "Harbour Logistics", "about 40 ships were waiting to unload"),
        (8, "Grace Mbeki", "Nobody wins a long strike"),
        (9, "chamber of commerce", "local businesses lose about $2 million a day"),
    ];
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for ((p, who, text), (ep, ewho, etext)) in got.iter().zip(expect) {
        assert_eq!(p, ep, "{got:#?}");
        assert!(who.contains(ewho), "paragraph {p}: speaker {who:?}, expected {ewho:?}");
        assert!(text.starts_with(etext), "paragraph {p}: text {text:?}");
    }
    assert_eq!(doc["articles"][0]["title"], "Dock strike halts shipping at Port Halden");
    assert_eq!(doc["articles"][0]["dateline"], "PORT HALDEN (Saywho Wire) -");
}

/// A second English article written for the project at the statement density of wire copy
/// (also the extraction benchmark's text): names with appositions, a definite description
/// that refers back (`the operator`), `according to` after a time written `3 a.m.` and with
/// a relative clause of saying on its source, a possessive organisation (`the farmers' union`).
#[test]
fn wire_density_article_yields_the_expected_statements() {
    let (doc, got) = extract("benches/data/en-wire-density.txt");
    let expect: &[(u64, &str, &str)] = &[
        (
            3,
            "the regional environment agency",
            "Water stood at 6.2 metres on the gauge at the old stone bridge at 3 a.m.",
        ),
        // a relative clause on the source reports what it said before
        (3, "the regional environment agency", "it could reach 6.8 metres and overtop the earth banks"),
        (4, "Marta Quintero", "The banks did exactly what they were built to do"),
        // the quotation after the attribution's sentence is the statement's second half
        (4, "Marta Quintero", "We are not out of danger yet, but the peak has passed"),
        (5, "Marta Quintero", "crews would stay on the banks"),
        (5, "Marta Quintero", "two pumping stations"),
        (8, "Tomas Ferrer", "We lost the carpets"),
        (8, "Tomas Ferrer", "he had moved his late wife's paintings"),
        (9, "The regional government", "it would release an emergency fund"),
        (10, "Lucia Arenal", "the money would not require proof of insurance"),
        (10, "Lucia Arenal", "a review of the early warning system"),
        (11, "the rail operator", "The main rail line through the valley"),
        (12, "the rail operator", "replacement buses would run"),
        (13, "the farmers' union", "some fields might not be planted again this season"),
        (14, "Ines Roca", "Insurance will cover part of it"),
    ];
    assert_eq!(got.len(), expect.len(), "{got:#?}");
    for ((p, who, text), (ep, ewho, etext)) in got.iter().zip(expect) {
        assert_eq!((p, who.as_str()), (ep, *ewho), "{got:#?}");
        assert!(text.starts_with(etext), "paragraph {p}: text {text:?}");
    }
    let quintero = doc["speakers"].as_array().unwrap().iter().find(|s| s["name"] == "Marta Quintero").unwrap();
    assert_eq!(quintero["roles"][0], "the agency's director of river management");
}
