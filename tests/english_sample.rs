//! The English sample article (written for this project) through the real binary: who said
//! what, in which paragraph, with spans that slice the file.

use std::process::Command;

#[test]
fn english_sample_yields_the_expected_statements() {
    let path = "samples/en-harbour-strike.txt";
    let out = Command::new(env!("CARGO_BIN_EXE_saywho"))
        .args(["extract", "--format", "json", path])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/en-harbour-strike.txt")).unwrap();
    let got: Vec<(u64, String, String)> = doc["quotes"]
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
