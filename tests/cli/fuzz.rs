//! Property tests (bounded in the suite): the CSV reader and validator, the password
//! normaliser and policy, and the stored-hash parsers never panic, whatever the input.
//! `USERCTL_FUZZ_CASES` raises the number of cases for a long campaign
//! (`tests/fuzz_campaign.sh`).

use proptest::prelude::*;
use proptest::test_runner::Config;

use userctl::import::{self, Mode, Options};

fn cases(default: u32) -> Config {
    let n = std::env::var("USERCTL_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    Config::with_cases(n)
}

/// A cell: mostly plausible values, some hostile ones.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z][a-z0-9._-]{0,12}",
        "[a-z]{1,8}@[a-z]{1,8}\\.(com|org)",
        "(admin|user|moderator|nosuchrole)",
        "(active|inactive|invited|ACTIVE|yes|0)",
        "[=+@\\-\t\r'\"].{0,10}",
        "\\PC{0,20}",
        ".{0,30}",
        "\\$(2b|2y|2a)\\$[0-9]{2}\\$[./A-Za-z0-9]{0,60}",
        "\\$argon2(id|i|d)\\$v=19\\$m=(8|64|1024),t=[1-2],p=1\\$[A-Za-z0-9+/]{0,24}\\$[A-Za-z0-9+/]{0,44}",
        "\\$argon2id\\$v=19\\$m=[0-9]{1,4},t=[1-3],p=[1-4]\\$[A-Za-z0-9+/]{0,24}\\$[A-Za-z0-9+/]{0,44}",
        "pbkdf2_sha(256|1)\\$[0-9]{1,3}\\$[A-Za-z0-9]{0,12}\\$[A-Za-z0-9+/=]{0,44}",
        "pbkdf2:sha256:[0-9]{1,3}\\$[A-Za-z0-9]{0,16}\\$[0-9a-f]{0,64}",
        "scrypt:(2|4|16|64|1024):[1-8]:[1-2]\\$[A-Za-z0-9]{0,16}\\$[0-9a-f]{0,128}",
        "\\$(5|6)\\$(rounds=[0-9]{1,4}\\$)?[./A-Za-z0-9]{0,16}\\$[./A-Za-z0-9]{0,86}",
        "\\$(1|apr1|y|pbkdf2-sha256|pbkdf2-sha512|scrypt)\\$[^\\s]{0,60}",
        "[0-9]\\|\\$2y\\$[0-9]{2}\\$[./A-Za-z0-9]{53}",
        "(\\{SHA\\}|bcrypt_sha256\\$|argon2\\$)[^\\s]{0,60}",
        "[0-9a-f]{32}|[0-9a-f]{40}",
    ]
}

const HEADERS: &[&str] = &[
    "username",
    "email",
    "name",
    "first_name",
    "last_name",
    "role",
    "status",
    "password_hash",
    "bogus",
    "",
];

/// A CSV file: a header drawn from the known columns (and some unknown), rows of
/// cells with quotes, delimiters and line breaks where they fall.
fn csv_file() -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::sample::subsequence(HEADERS, 1..6),
        proptest::collection::vec(proptest::collection::vec(cell(), 0..7), 0..6),
        any::<bool>(),
    )
        .prop_map(|(header, rows, quote)| {
            let mut w = csv::WriterBuilder::new()
                .flexible(true)
                .from_writer(Vec::new());
            w.write_record(&header).unwrap();
            for row in rows {
                if quote {
                    w.write_record(&row).unwrap();
                } else {
                    let line = row.join(",");
                    w.write_record([line]).unwrap();
                }
            }
            w.into_inner().unwrap()
        })
}

fn import_bytes(input: &[u8], skip_invalid: bool, dry_run: bool) {
    let conn = userctl::db::open_in_memory().unwrap();
    let opts = Options {
        mode: Mode::Upsert,
        default_role: "user".into(),
        delimiter: b',',
        skip_invalid,
        generate_passwords: false,
        allow_weak_hashes: skip_invalid,
        dry_run,
        source: "csv".into(),
        adopt: false,
        reset_passwords: false,
        max_deactivate: None,
        max_changes: None,
        mapping: userctl::import::Mapping::default(),
        skip_lines: 0,
        encoding: None,
        list_changes: false,
    };
    let actor = userctl::commands::operator();
    let result = import::run(&conn, &actor, input, &opts, &|_| {}, &mut |_| Ok(()));
    if let Err(e) = result {
        // A refusal or an error: any code but a crash, and a message.
        assert!(!format!("{e:#}").is_empty());
    }
    // Whatever happened, the audit chain still verifies.
    assert_eq!(userctl::db::audit::verify(&conn).unwrap().first_bad, None);
}

proptest! {
    #![proptest_config(cases(48))]

    #[test]
    fn the_importer_never_panics_on_csv(input in csv_file(), skip in any::<bool>(), dry in any::<bool>()) {
        import_bytes(&input, skip, dry);
    }

    #[test]
    fn the_importer_never_panics_on_bytes(input in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut with_header = b"username,email\n".to_vec();
        with_header.extend_from_slice(&input);
        import_bytes(&with_header, true, false);
        import_bytes(&input, false, true);
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn the_normaliser_and_policy_never_panic(pw in "\\PC{0,200}|.{0,40}", ctx in ".{0,20}") {
        let n = userctl::password::normalize(&pw);
        // NFKC is idempotent: normalising twice changes nothing.
        prop_assert_eq!(&*userctl::password::normalize(&n), &*n);
        let _ = userctl::password::check_policy(&pw, &userctl::password::Policy::default(), &[&ctx]);
    }

    #[test]
    fn hash_parsers_never_panic(stored in cell(), pw in ".{0,20}", weak in any::<bool>()) {
        let accepted = userctl::password::check_hash(&stored, weak);
        let _ = userctl::password::is_weak(&stored);
        // Through the public check and verify: every accepted scheme's parameters are
        // bounded, so verification terminates; an unusable hash is never a match.
        let verdict = userctl::password::check(&pw, &stored, userctl::password::HashParams::default());
        let right = matches!(verdict, userctl::password::Verdict::Right { .. });
        // A hash the importer refuses (other than as weak) never lets a password in.
        if accepted.is_err() && !userctl::password::is_weak(&stored) {
            prop_assert!(!right, "refused at import, yet a password matched");
        }
        let _ = weak;
        let _ = userctl::password::verify(&pw, &stored);
    }

    #[test]
    fn out_of_bounds_parameters_are_refused(stored in "\\$argon2id\\$v=19\\$m=[0-9]{6,12},t=[0-9]{4,10},p=[0-9]{1,4}\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}|\\$2b\\$(3[2-9]|[4-9][0-9])\\$[./A-Za-z0-9]{53}|\\$6\\$rounds=[1-9][0-9]{9}\\$ab\\$[./A-Za-z0-9]{86}") {
        prop_assert!(userctl::password::check_hash(&stored, true).is_err(), "accepted {}", stored);
    }

    #[test]
    fn hash_parsers_never_panic_on_any_string(stored in ".{0,80}") {
        let _ = userctl::password::check_hash(&stored, true);
        let _ = userctl::password::check(&stored, &stored, userctl::password::HashParams::default());
    }
}

/// Exactly 60 bytes starting like bcrypt: the length the bcrypt parser checks first.
fn bcrypt_shaped() -> impl Strategy<Value = String> {
    ("\\$2[aby]\\$", "\\PC{0,60}").prop_map(|(prefix, rest)| {
        let mut s = prefix;
        for c in rest.chars() {
            if s.len() + c.len_utf8() > 60 {
                break;
            }
            s.push(c);
        }
        while s.len() < 60 {
            s.push('.');
        }
        s
    })
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn the_bcrypt_parser_never_panics(stored in bcrypt_shaped()) {
        let _ = userctl::password::check_hash(&stored, false);
        let _ = userctl::password::check("pw", &stored, userctl::password::HashParams::default());
    }
}
