//! Feeds (RSS 0.9x, 1.0 and 2.0, Atom, JSON Feed) through feed-rs, the
//! feed parser of the Rust ecosystem (quick-xml underneath, which never
//! expands entities declared in a DTD: an entity bomb is an error, not a
//! gigabyte). Each item becomes one article, keyed by its id (the guid or
//! Atom id; feed-rs derives a stable one from the link and title when the
//! feed gives none), so that annotations follow the item, not its place.

use super::builder::clean_line;
use super::{BlockKind, Builder, ConvertError, Doc, DocMeta};

/// Items of a feed, in the feed's order.
pub fn convert(bytes: &[u8]) -> Result<Vec<Doc>, ConvertError> {
    let feed = feed_rs::parser::parse(bytes)
        .map_err(|e| ConvertError(format!("not a feed (RSS, Atom or JSON Feed): {e}")))?;
    let site = feed
        .title
        .as_ref()
        .map(|t| clean_line(&t.content))
        .filter(|t| !t.is_empty());
    let lang = feed.language.clone();
    let mut docs = Vec::with_capacity(feed.entries.len());
    for e in feed.entries {
        let mut b = Builder::new();
        let body = e
            .content
            .as_ref()
            .and_then(|c| {
                c.body
                    .as_ref()
                    .map(|body| (c.content_type.essence().to_string(), body.clone()))
            })
            .filter(|(_, body)| !body.trim().is_empty())
            .or_else(|| {
                e.summary
                    .as_ref()
                    .map(|s| (s.content_type.essence().to_string(), s.content.clone()))
            });
        if let Some((ty, body)) = body {
            if ty.contains("html") || looks_like_html(&body) {
                super::html::fragment_into(&mut b, &body);
            } else {
                for para in body.split("\n\n") {
                    b.open(BlockKind::Paragraph);
                    b.text(para);
                    b.close();
                }
            }
        }
        let (text, structure) = b.finish();
        let title = e.title.as_ref().map(|t| {
            if t.content_type.essence().to_string().contains("html") {
                clean_line(&super::html::fragment(&t.content).0)
            } else {
                clean_line(&t.content)
            }
        });
        let date = e.published.or(e.updated).map(|d| d.to_rfc3339());
        let author = {
            let names: Vec<String> = e
                .authors
                .iter()
                .map(|p| clean_line(p.name.as_deref().unwrap_or_default()))
                .filter(|n| !n.is_empty())
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        };
        let url = e
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .map(|l| clean_line(&l.href));
        let mut tags = Vec::new();
        for c in &e.categories {
            let t = clean_line(c.label.as_deref().unwrap_or(&c.term));
            if !t.is_empty() && !tags.contains(&t) {
                tags.push(t);
            }
        }
        docs.push(Doc {
            key: Some(clean_line(&e.id)),
            text,
            structure: Some(structure),
            meta: DocMeta {
                title: title.filter(|t| !t.is_empty()),
                author,
                date,
                site: site.clone(),
                url,
                tags,
                lang: e.language.clone().or(lang.clone()),
            },
        });
    }
    Ok(docs)
}

fn looks_like_html(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('<') || s.contains("</p>") || s.contains("<br")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_are_articles_keyed_by_guid() {
        let rss = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Le Journal</title><link>https://j.example</link>
<item><title>Premier</title><link>https://j.example/1</link><guid>urn:1</guid>
<pubDate>Tue, 02 Mar 2021 10:00:00 +0100</pubDate><author>anne@j.example (Anne Dupont)</author>
<category>Économie</category>
<description>&lt;p&gt;Un &lt;b&gt;texte&lt;/b&gt;.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Second</title><guid>urn:2</guid><description>Brut.</description></item>
</channel></rss>"#;
        let docs = convert(rss.as_bytes()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].key.as_deref(), Some("urn:1"));
        assert_eq!(docs[0].meta.title.as_deref(), Some("Premier"));
        assert_eq!(docs[0].meta.site.as_deref(), Some("Le Journal"));
        assert_eq!(docs[0].meta.url.as_deref(), Some("https://j.example/1"));
        assert_eq!(docs[0].meta.tags, ["Économie"]);
        assert!(
            docs[0]
                .meta
                .date
                .as_deref()
                .unwrap()
                .starts_with("2021-03-02")
        );
        assert_eq!(docs[0].text, "Un texte.");
        assert_eq!(docs[1].text, "Brut.");
    }

    #[test]
    fn an_entity_bomb_is_an_error_not_a_gigabyte() {
        let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><description>x</description></item></channel></rss>"#;
        match convert(bomb.as_bytes()) {
            Ok(docs) => assert!(docs.iter().all(|d| d.text.len() < 1000)),
            Err(e) => assert!(e.0.contains("not a feed")),
        }
    }
}
