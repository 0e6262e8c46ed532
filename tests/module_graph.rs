//! The modules depend on each other in one direction only (issue 11): no
//! cycle among the top-level modules (`app`, `state`, `update`, `ui`,
//! `layout`, `wrap`…), nor among the model's modules (`model::article`,
//! `model::entities`, `model::store`…), nor among the rooms' modules
//! (`update::annotate`, `update::cursor`, `state::room`…). Read from the
//! sources: every `crate::` path and, in the files directly under `model`,
//! `state` and `update`, every `super::` path, outside comments and test
//! modules. A path to an item of a parent module (`super::info`) counts as
//! one to the parent.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The group a module path belongs to: `model::entities::names` ->
/// `model::entities`, `update::fixing` -> `update`.
fn group(path: &[&str]) -> String {
    match path {
        [top @ ("model" | "state" | "update"), sub, ..] => format!("{top}::{sub}"),
        [top, ..] => top.to_string(),
        [] => String::new(),
    }
}

/// The group of a path as a module of `groups`: `state::AppState` (an
/// item of `state`) -> `state`.
fn known(g: String, groups: &BTreeSet<String>) -> String {
    match g.split_once("::") {
        Some((top, _)) if !groups.contains(&g) => top.to_string(),
        _ => g,
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The identifiers after each occurrence of `prefix` (`crate::a::b`,
/// `super::{a, b}`): the first one or two path segments of each.
fn targets(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let ident = |s: &str| -> Vec<String> {
        s.split("::")
            .take(2)
            .map(|seg| {
                seg.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|seg| !seg.is_empty())
            .collect()
    };
    for (at, _) in code.match_indices(prefix) {
        // a whole path, not the tail of another identifier
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
        {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').unwrap_or(inner.len());
            for part in inner[..end].split(',') {
                let t = ident(part.trim());
                if !t.is_empty() {
                    out.push(t);
                }
            }
        } else {
            let t = ident(rest);
            if !t.is_empty() {
                out.push(t);
            }
        }
    }
    out
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut groups = BTreeSet::new();
    let mut parsed = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap().with_extension("");
        let mut segs: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if segs.last().is_some_and(|s| s == "mod") {
            segs.pop();
        }
        if segs == ["lib"] || segs == ["main"] {
            continue;
        }
        let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
        let g = group(&segs);
        groups.insert(g.clone());
        let text = fs::read_to_string(f).unwrap();
        let code: String = text
            .split("#[cfg(test)]")
            .next()
            .unwrap_or("")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        parsed.push((
            segs.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            g,
            code,
        ));
    }
    for (segs, g, code) in &parsed {
        let mut to: Vec<String> = targets(code, "crate::")
            .iter()
            .map(|t| group(&t.iter().map(String::as_str).collect::<Vec<_>>()))
            .collect();
        // `super::x` in a file directly under the model is `model::x`
        if segs.len() == 2 && matches!(segs[0].as_str(), "model" | "state" | "update") {
            to.extend(
                targets(code, "super::")
                    .iter()
                    .map(|t| format!("{}::{}", segs[0], t[0])),
            );
        }
        for t in to {
            let t = known(t, &groups);
            if &t != g && groups.contains(&t) {
                edges.entry(g.clone()).or_default().insert(t);
            }
        }
    }
    assert!(
        edges
            .get("state")
            .is_some_and(|e| e.contains("model::document")),
        "the graph was not read: {edges:?}"
    );
    assert!(
        edges
            .get("update::cursor")
            .is_some_and(|e| e.contains("update::annotate") && e.contains("state")),
        "the rooms' graph was not read: {edges:?}"
    );
    // depth-first search for a back edge
    fn visit(
        v: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == v) {
            let mut cycle = path[i..].to_vec();
            cycle.push(v.to_string());
            return Some(cycle);
        }
        if done.contains(v) {
            return None;
        }
        path.push(v.to_string());
        for w in edges.get(v).into_iter().flatten() {
            if let Some(c) = visit(w, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(v.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for g in &groups {
        if let Some(cycle) = visit(g, &edges, &mut Vec::new(), &mut done) {
            panic!("modules depend on each other: {}", cycle.join(" -> "));
        }
    }
}
