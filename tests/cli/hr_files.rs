//! Exports of real HR and identity systems, imported as they are, with flags alone.

use std::path::PathBuf;

use crate::common::Env;

fn write_bytes(env: &Env, name: &str, bytes: &[u8]) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// username → "status role email name hash?" for every account but root.
fn accounts(env: &Env) -> Vec<String> {
    let conn = env.sql();
    let mut stmt = conn
        .prepare(
            "SELECT username || ' ' || status || ' ' || role || ' ' || coalesce(email, '-') \
             || ' ' || display_name || ' ' \
             || CASE WHEN password_hash IS NULL THEN '0' ELSE '1' END \
             FROM users WHERE username <> 'root' ORDER BY username",
        )
        .unwrap();
    stmt.query_map((), |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Imports `file` with `flags`, then again: the second run changes nothing.
fn import_twice(env: &Env, file: &std::path::Path, flags: &[&str], created: usize) {
    let mut args = vec!["import-csv"];
    args.extend_from_slice(flags);
    args.push(file.to_str().unwrap());
    let run = env.run(&args);
    run.ok();
    assert!(
        run.stdout.starts_with(&format!(
            "import: {created} created, 0 updated, 0 unchanged"
        )),
        "{}",
        run.stdout
    );
    let run = env.run(&args);
    run.ok();
    assert!(
        run.stdout.starts_with(&format!(
            "import: 0 created, 0 updated, {created} unchanged"
        )),
        "{}",
        run.stdout
    );
}

/// `--ignore-column` for each of `headers`.
fn ignoring<'a>(headers: &[&'a str]) -> Vec<&'a str> {
    headers
        .iter()
        .flat_map(|h| ["--ignore-column", *h])
        .collect()
}

#[test]
fn google_workspace_user_export() {
    let env = Env::init();
    let header = "First Name [Required],Last Name [Required],Email Address [Required],\
        Password [Required],Password Hash Function [UPLOAD ONLY],Org Unit Path [Required],\
        New Primary Email [UPLOAD ONLY],Recovery Email,Home Secondary Email,\
        Work Secondary Email,Recovery Phone [MUST BE IN THE E.164 FORMAT],Work Phone,\
        Home Phone,Mobile Phone,Work Address,Home Address,Employee ID,Employee Type,\
        Employee Title,Manager Email,Department,Cost Center,Building ID,Floor Name,\
        Floor Section,Change Password at Next Sign-In,New Status [UPLOAD ONLY],\
        Status [READ ONLY],Last Sign In [READ ONLY],Email Usage [READ ONLY]";
    let text = format!(
        "{header}\n\
         Ada,Lovelace,ada.lovelace@example.com,****,,/,,,,,,,,,,,E1001,,Analyst,,Research,,,,,False,,Active,2026/11/20 09:12:44,0.01GB\n\
         Grace,Hopper,Grace.Hopper@example.com,****,,/Engineering,,,,,,,,,,,E1002,,Admiral,,Engineering,,,,,False,,Suspended,Never logged in,0GB\n"
    );
    let f = write_bytes(&env, "google.csv", text.as_bytes());
    let mut flags = vec![
        "--username-from",
        "email",
        "--map",
        "First Name [Required]=first_name",
        "--map",
        "Last Name [Required]=last_name",
        "--map",
        "Email Address [Required]=email",
        "--map",
        "Status [READ ONLY]=status",
    ];
    let ignored: Vec<&str> = header
        .split(',')
        .filter(|h| !h.contains("[Required]") || h.starts_with("Password") || h.starts_with("Org"))
        .filter(|h| *h != "Status [READ ONLY]")
        .collect();
    flags.extend(ignoring(&ignored));
    import_twice(&env, &f, &flags, 2);
    assert_eq!(
        accounts(&env),
        [
            // Active in Google, but no password here: invited, never active without one.
            "ada.lovelace invited user ada.lovelace@example.com Ada Lovelace 0",
            "grace.hopper inactive user grace.hopper@example.com Grace Hopper 0",
        ]
    );
    // Without the flags: the unknown column is named, with what to do.
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr
            .contains("line 1: unknown column 'First Name [Required]'")
            && run.stderr.contains("--ignore-column"),
        "{}",
        run.stderr
    );
}

#[test]
fn entra_id_user_download() {
    let env = Env::init();
    let header = "userPrincipalName,displayName,surname,mail,givenName,objectId,userType,\
        jobTitle,department,accountEnabled,usageLocation,streetAddress,state,country,\
        physicalDeliveryOfficeName,city,postalCode,telephoneNumber,mobile,\
        alternateEmailAddress,ageGroup,consentProvidedForMinor,legalAgeGroupClassification,\
        companyName,creationType,directorySynced,invitationState,identityIssuer,createdDateTime";
    let text = format!(
        "\u{feff}{header}\r\n\
         AdeleV@contoso.onmicrosoft.com,Adele Vance,Vance,adele.vance@contoso.com,Adele,\
         0d1d2b6c-4b1a-4e1f-9f5e-2c1b8f6e7a10,Member,Retail Manager,Retail,True,US,\
         18 Wellington St,WA,United States,18/2111,Seattle,98101,+1 425 555 0109,,,,,,\
         Contoso,,,,contoso.onmicrosoft.com,2024-03-01T10:00:00Z\r\n\
         AlexW@contoso.onmicrosoft.com,Alex Wilber,Wilber,alex.wilber@contoso.com,Alex,\
         6e7b768e-07e2-4810-8459-485f84f8f204,Member,Marketing Assistant,Marketing,False,US,\
         ,,,,,,,,,,,,Contoso,,True,,contoso.onmicrosoft.com,2023-11-12T08:30:00Z\r\n"
    );
    let f = write_bytes(&env, "entra.csv", text.as_bytes());
    let mut flags = vec![
        "--username-from",
        "email",
        "--map",
        "mail=email",
        "--map",
        "displayName=name",
        "--map",
        "accountEnabled=status",
    ];
    let ignored: Vec<&str> = header
        .split(',')
        .filter(|h| !["mail", "displayName", "accountEnabled"].contains(h))
        .collect();
    flags.extend(ignoring(&ignored));
    import_twice(&env, &f, &flags, 2);
    assert_eq!(
        accounts(&env),
        [
            "adele.vance invited user adele.vance@contoso.com Adele Vance 0",
            "alex.wilber inactive user alex.wilber@contoso.com Alex Wilber 0",
        ]
    );
}

#[test]
fn entra_id_bulk_create_template_with_its_version_line() {
    let env = Env::init();
    let text = "version:v1.0\n\
        Name [displayName] Required,User name [userPrincipalName] Required,\
        Initial password [passwordProfile] Required,Block sign in (Yes/No) [accountEnabled] Required,\
        First name [givenName],Last name [surname],Job title [jobTitle],Department [department],\
        Usage location [usageLocation],Street address [streetAddress],State or province [state],\
        Country or region [country],Office [physicalDeliveryOfficeName],City [city],\
        ZIP or postal code [postalCode],Office phone [telephoneNumber],Mobile phone [mobile]\n\
        Chris Green,chris.green@contoso.com,violet harbour lantern at noon 42,No,Chris,Green,\
        IT Manager,Information Technology,US,1 Main St,WA,United States,Bldg 1,Redmond,98052,\
        +1 425 555 0100,\n\
        Pat Ray,pat.ray@contoso.com,violet harbour lantern at noon 43,Yes,Pat,Ray,,,US,,,,,,,,\n";
    let f = write_bytes(&env, "template.csv", text.as_bytes());
    let mut flags = vec![
        "--skip-lines",
        "1",
        "--username-from",
        "email",
        "--map",
        "Name [displayName] Required=name",
        "--map",
        "User name [userPrincipalName] Required=email",
        "--map",
        "Initial password [passwordProfile] Required=password",
        "--map",
        "Block sign in (Yes/No) [accountEnabled] Required=status",
        // "Block sign in": Yes means the account may not sign in.
        "--status-map",
        "Yes=inactive",
        "--status-map",
        "No=active",
    ];
    flags.extend(ignoring(&[
        "First name [givenName]",
        "Last name [surname]",
        "Job title [jobTitle]",
        "Department [department]",
        "Usage location [usageLocation]",
        "Street address [streetAddress]",
        "State or province [state]",
        "Country or region [country]",
        "Office [physicalDeliveryOfficeName]",
        "City [city]",
        "ZIP or postal code [postalCode]",
        "Office phone [telephoneNumber]",
        "Mobile phone [mobile]",
    ]));
    import_twice(&env, &f, &flags, 2);
    assert_eq!(
        accounts(&env),
        [
            "chris.green active user chris.green@contoso.com Chris Green 1",
            "pat.ray inactive user pat.ray@contoso.com Pat Ray 1",
        ]
    );
    let ok = env.run_stdin(
        &["user", "verify", "chris.green", "--password-stdin"],
        "violet harbour lantern at noon 42\n",
    );
    ok.ok();
    // Without --skip-lines the version line is taken for the header: named.
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 1: unknown column 'version:v1.0'"),
        "{}",
        run.stderr
    );
}

#[test]
fn okta_user_export_with_its_status_words() {
    let env = Env::init();
    let text = "id,status,created,activated,statusChanged,lastLogin,lastUpdated,passwordChanged,\
        login,firstName,lastName,email,secondEmail,mobilePhone,department\n\
        00u1a2b3c4D5e6F7g8h9,ACTIVE,2025-01-02T10:00:00.000Z,2025-01-02T10:05:00.000Z,,2026-11-20T07:00:00.000Z,2026-11-20T07:00:00.000Z,2025-01-02T10:05:00.000Z,jane.doe@example.com,Jane,Doe,jane.doe@example.com,,+1 555 0100,Finance\n\
        00u1a2b3c4D5e6F7g8i0,STAGED,2026-11-01T10:00:00.000Z,,,,2026-11-01T10:00:00.000Z,,sam.lee@example.com,Sam,Lee,sam.lee@example.com,,,Sales\n\
        00u1a2b3c4D5e6F7g8j1,PROVISIONED,2026-11-10T10:00:00.000Z,,,,2026-11-10T10:00:00.000Z,,kim.ito@example.com,Kim,Ito,kim.ito@example.com,,,Sales\n\
        00u1a2b3c4D5e6F7g8k2,SUSPENDED,2024-05-05T10:00:00.000Z,2024-05-05T10:00:00.000Z,2026-10-01T10:00:00.000Z,,2026-10-01T10:00:00.000Z,,lou.kay@example.com,Lou,Kay,lou.kay@example.com,,,IT\n\
        00u1a2b3c4D5e6F7g8l3,DEPROVISIONED,2023-01-01T10:00:00.000Z,2023-01-01T10:00:00.000Z,2026-09-01T10:00:00.000Z,,2026-09-01T10:00:00.000Z,,max.orr@example.com,Max,Orr,max.orr@example.com,,,IT\n";
    let f = write_bytes(&env, "okta.csv", text.as_bytes());
    let mut flags = vec![
        "--username-from",
        "email",
        "--map",
        "firstName=first_name",
        "--map",
        "lastName=last_name",
        "--status-map",
        "PROVISIONED=invited",
    ];
    flags.extend(ignoring(&[
        "id",
        "created",
        "activated",
        "statusChanged",
        "lastLogin",
        "lastUpdated",
        "passwordChanged",
        "login",
        "secondEmail",
        "mobilePhone",
        "department",
    ]));
    import_twice(&env, &f, &flags, 5);
    assert_eq!(
        accounts(&env),
        [
            "jane.doe invited user jane.doe@example.com Jane Doe 0",
            "kim.ito invited user kim.ito@example.com Kim Ito 0",
            "lou.kay inactive user lou.kay@example.com Lou Kay 0",
            "max.orr inactive user max.orr@example.com Max Orr 0",
            "sam.lee invited user sam.lee@example.com Sam Lee 0",
        ]
    );
}

#[test]
fn bamboohr_report_with_departments_as_roles() {
    let env = Env::init();
    let text = "Employee #,First Name,Last Name,Work Email,Job Title,Department,Location,\
        Status,Hire Date,Supervisor\n\
        101,Ravi,Patel,ravi.patel@example.com,Engineer,Engineering,Lindon,Active,2021-04-12,\"Chen, Li\"\n\
        102,Maria,Garcia,maria.garcia@example.com,Account Executive,Sales,Remote,Active,2022-09-01,\"Chen, Li\"\n\
        103,Tom,Berg,tom.berg@example.com,Support,Customer Success,Lindon,Inactive,2019-01-07,\"Chen, Li\"\n";
    let f = write_bytes(&env, "bamboo.csv", text.as_bytes());
    let mut flags = vec![
        "--username-from",
        "email",
        "--map",
        "Work Email=email",
        "--map",
        "First Name=first_name",
        "--map",
        "Last Name=last_name",
        "--map",
        "Department=role",
        "--role-map",
        "Engineering=moderator",
        "--role-map",
        "Sales=user",
        "--role-map",
        "Customer Success=user",
        "--passwords-out",
        "pw.csv",
    ];
    flags.extend(ignoring(&[
        "Employee #",
        "Job Title",
        "Location",
        "Hire Date",
        "Supervisor",
    ]));
    import_twice(&env, &f, &flags, 3);
    assert_eq!(
        accounts(&env),
        [
            "maria.garcia active user maria.garcia@example.com Maria Garcia 1",
            "ravi.patel active moderator ravi.patel@example.com Ravi Patel 1",
            "tom.berg inactive user tom.berg@example.com Tom Berg 0",
        ]
    );
    let pw = std::fs::read_to_string(env.dir.path().join("pw.csv")).unwrap();
    assert_eq!(pw.lines().count(), 3, "{pw}");
}

#[test]
fn an_excel_file_in_windows_1252_with_semicolons() {
    let env = Env::init();
    // "René Müller", "Zoë Ångström": é ü ë Å as single Windows-1252 bytes.
    let mut bytes =
        b"username;email;name;role\r\nrene;rene@example.com;Ren\xe9 M\xfcller;user\r\n".to_vec();
    bytes.extend_from_slice(b"zoe;zoe@example.com;Zo\xeb \xc5ngstr\xf6m;moderator\r\n");
    let f = write_bytes(&env, "excel.csv", &bytes);
    let run = env.run(&["import-csv", "--delimiter", ";", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr
            .contains("error: line 2: bytes that are not valid UTF-8")
            && run.stderr.contains("--encoding windows-1252"),
        "{}",
        run.stderr
    );
    assert_eq!(accounts(&env), Vec::<String>::new());
    import_twice(
        &env,
        &f,
        &["--delimiter", ";", "--encoding", "windows-1252"],
        2,
    );
    assert_eq!(
        accounts(&env),
        [
            "rene invited user rene@example.com René Müller 0",
            "zoe invited moderator zoe@example.com Zoë Ångström 0",
        ]
    );
}

#[test]
fn excel_unicode_text_is_utf16le_with_tabs() {
    let env = Env::init();
    let text = "username\temail\tname\r\nzoe\tzoe@example.com\tZoë Ångström\r\nkai\tkai@example.com\t李 凯\r\n";
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let f = write_bytes(&env, "unicode.txt", &bytes);
    import_twice(&env, &f, &["--delimiter", "\\t"], 2);
    assert_eq!(
        accounts(&env),
        [
            "kai invited user kai@example.com 李 凯 0",
            "zoe invited user zoe@example.com Zoë Ångström 0",
        ]
    );
    // Big-endian with its BOM, and a label without a BOM, read the same.
    let mut be = vec![0xfe, 0xff];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let g = write_bytes(&env, "be.txt", &be);
    let run = env.run(&["import-csv", "--delimiter", "\\t", g.to_str().unwrap()]);
    assert!(run.ok().stdout.contains("2 unchanged"), "{}", run.stdout);
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let h = write_bytes(&env, "bare.txt", &bare);
    let run = env.run(&[
        "import-csv",
        "--delimiter",
        "\\t",
        "--encoding",
        "utf-16le",
        h.to_str().unwrap(),
    ]);
    assert!(run.ok().stdout.contains("2 unchanged"), "{}", run.stdout);
}

#[test]
fn a_map_file_and_its_mistakes() {
    let env = Env::init();
    let map = write_bytes(
        &env,
        "hr.map",
        b"# BambooHR\nWork Email=email\n\nFirst Name=first_name\nLast Name=last_name\n",
    );
    let f = write_bytes(
        &env,
        "in.csv",
        b"Work Email,First Name,Last Name,Badge\nann.lee@example.com,Ann,Lee,7\n",
    );
    let m = map.to_str().unwrap();
    import_twice(
        &env,
        &f,
        &[
            "--map-file",
            m,
            "--username-from",
            "email",
            "--ignore-column",
            "badge",
        ],
        1,
    );
    assert_eq!(
        accounts(&env),
        ["ann.lee invited user ann.lee@example.com Ann Lee 0"]
    );
    // Still an error: a column neither read, mapped nor ignored …
    let run = env.run(&[
        "import-csv",
        "--map-file",
        m,
        "--username-from",
        "email",
        f.to_str().unwrap(),
    ]);
    run.code(7);
    assert!(
        run.stderr.contains("unknown column 'Badge'"),
        "{}",
        run.stderr
    );
    // … a map naming a column userctl does not have (usage, exit 2) …
    let bad = write_bytes(&env, "bad.map", b"Work Email=mail\n");
    let run = env.run(&[
        "import-csv",
        "--map-file",
        bad.to_str().unwrap(),
        f.to_str().unwrap(),
    ]);
    run.code(2);
    assert!(run.stderr.contains("bad.map, line 1"), "{}", run.stderr);
    // … a map naming a header the file lacks, and a username that cannot be derived.
    let run = env.run(&[
        "import-csv",
        "--map",
        "E-mail=email",
        "--username-from",
        "email",
        f.to_str().unwrap(),
    ]);
    run.code(7);
    assert!(run.stderr.contains("'e-mail'"), "{}", run.stderr);
    let g = write_bytes(&env, "g.csv", b"email\n-x@example.com\n");
    let run = env.run(&[
        "import-csv",
        "--username-from",
        "email",
        g.to_str().unwrap(),
    ]);
    run.code(7);
    assert!(
        run.stderr
            .contains("line 2: cannot derive a username from the email"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_200_mb_style_header_line_is_refused_in_bounded_memory_and_words() {
    let env = Env::init();
    // Twice the line limit, one unquoted "column": refused once the limit is passed.
    let mut bytes = b"username,".to_vec();
    bytes.extend(std::iter::repeat_n(b'x', 2 * userctl::import::MAX_LINE));
    bytes.extend_from_slice(b"\nann\n");
    let f = write_bytes(&env, "huge.csv", &bytes);
    let run = env.run(&["import-csv", f.to_str().unwrap()]);
    run.code(7);
    assert!(
        run.stderr.contains("line 1 is longer than 1 MiB"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.len() < 500,
        "{} bytes of stderr",
        run.stderr.len()
    );
    // A long unknown column name is echoed cut short.
    let long = "y".repeat(5000);
    let g = write_bytes(
        &env,
        "long.csv",
        format!("username,{long}\nann,1\n").as_bytes(),
    );
    let run = env.run(&["import-csv", g.to_str().unwrap()]);
    run.code(7);
    assert!(run.stderr.contains("(5000 characters)"), "{}", run.stderr);
    assert!(
        run.stderr.len() < 800,
        "{} bytes of stderr",
        run.stderr.len()
    );
}
