use super::*;
use linkstar_core::ids::CreatorId;

const GOOD: &str = "name,country,languages,preferred_locale,time_zone,categories,audience_countries,tiktok_handle,tiktok_followers,tiktok_engagement,instagram_handle,instagram_followers,instagram_engagement,youtube_handle,youtube_followers,youtube_engagement,rate_card,risk_flags,rating,pool_status
Ana Lima,BR,pt;es,pt-BR,America/Sao_Paulo,beauty;Lifestyle,BR;PT,@ana.lima,85000,4.2,,,,,,,video=500 BRL,,4,favourite
";

#[test]
fn reads_a_good_row() {
    let rows: Vec<_> = read(GOOD.as_bytes()).collect();
    let (line, p) = rows[0].clone().expect("good row");
    assert_eq!(line, 2);
    assert_eq!(p.accounts[0].engagement_bp, 420);
    assert_eq!(p.categories, vec!["beauty", "lifestyle"]);
    assert_eq!(p.pool_status, PoolStatus::Favourite);
    assert_eq!(p.rate_card.get(&ContentFormat::Video).map(|m| m.minor), Some(50_000));
}

#[test]
fn bad_rows_name_their_line_and_reason() {
    let text = format!(
        "{GOOD}Bad Country,XX,es,,Europe/Madrid,,,@bad.one,10,1,,,,,,,,,,\n\
         Bad Zone,ES,es,,Mars/Base,,,@bad.two,10,1,,,,,,,,,,\n\
         Too Few,ES\n\
         No Handle,ES,es,,Europe/Madrid,,,,,,,,,,,,,,,\n\
         Bad Money,ES,es,,Europe/Madrid,,,@bad.three,10,1,,,,,,,video=12.345 EUR,,,\n\
         Good Two,ES,es,,Europe/Madrid,,,@good.two,10,1,,,,,,,,,,\n"
    );
    let rows: Vec<_> = read(text.as_bytes()).collect();
    let errors: Vec<_> = rows.iter().filter_map(|r| r.as_ref().err()).map(|e| (e.line, e.reason.clone())).collect();
    let lines: Vec<u64> = errors.iter().map(|e| e.0).collect();
    assert_eq!(lines, vec![3, 4, 5, 6, 7], "{errors:?}");
    assert!(errors[0].1.contains("XX"), "{}", errors[0].1);
    assert!(errors[1].1.contains("Mars/Base"), "{}", errors[1].1);
    assert!(errors[3].1.contains("handle"), "{}", errors[3].1);
    assert_eq!(rows.iter().filter(|r| r.is_ok()).count(), 2);
}

#[test]
fn export_reads_back_the_same() {
    let (_, profile) = read(GOOD.as_bytes()).next().expect("row").expect("good");
    let mut w = Writer::new(Vec::new()).expect("writer");
    w.write(&Creator { id: CreatorId(1), profile: profile.clone(), chats: vec![] }).expect("write");
    let bytes = w.finish().expect("finish");
    let (_, again) = read(bytes.as_slice()).next().expect("row").expect("good");
    assert_eq!(again, profile);
}
