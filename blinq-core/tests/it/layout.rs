//! The agent's modules import each other without a circle: each module's imports of its
//! siblings (a file's `super::x`, a directory module's as a whole) form a graph with no
//! cycle, in each directory.

use std::collections::BTreeMap;
use std::path::Path;

/// The names of modules `text` imports after `marker` ("super::", "crate::agent::offline::").
fn named_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .map(|(i, _)| {
            text[i + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|m| !m.is_empty())
        .collect()
}

/// A file's text before its unit tests (which may use any module to set a case up).
fn without_tests(text: &str) -> String {
    text.split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The text of every `.rs` file under `dir`, at any depth, its tests left out.
fn sources(dir: &Path) -> Vec<String> {
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            texts.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs")
            && path.file_stem().is_some_and(|n| n != "tests")
        {
            texts.push(without_tests(&std::fs::read_to_string(&path).unwrap()));
        }
    }
    texts
}

/// The sibling modules each module of `dir` imports: a file's `super::x` imports, and a
/// directory module's (its `mod.rs`'s `super::x`, and its files' `path::x`, `path` being
/// the directory's own module path, `crate::agent::offline::`).
fn imports(dir: &Path, path: &str) -> BTreeMap<String, Vec<String>> {
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap().path();
        let (name, mut uses) = if entry.is_dir() && entry.join("mod.rs").exists() {
            let name = entry.file_name().unwrap().to_string_lossy().into_owned();
            let mut uses = named_after(
                &without_tests(&std::fs::read_to_string(entry.join("mod.rs")).unwrap()),
                "super::",
            );
            for text in sources(&entry) {
                uses.extend(named_after(&text, path));
            }
            (name, uses)
        } else if entry.extension().is_some_and(|e| e == "rs") {
            let name = entry.file_stem().unwrap().to_string_lossy().into_owned();
            if name == "mod" {
                continue;
            }
            if name == "tests" {
                continue;
            }
            let text = without_tests(&std::fs::read_to_string(&entry).unwrap());
            let mut uses = named_after(&text, "super::");
            uses.extend(named_after(&text, path));
            (name, uses)
        } else {
            continue;
        };
        uses.retain(|m| *m != name);
        uses.sort();
        uses.dedup();
        graph.insert(name, uses);
    }
    graph
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn cycle(graph: &BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_string());
            return Some(found);
        }
        if done.iter().any(|n| n == node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if graph.contains_key(next)
                && let Some(found) = visit(next, graph, path, done)
            {
                return Some(found);
            }
        }
        path.pop();
        done.push(node.to_string());
        None
    }
    let mut done = Vec::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn the_agents_modules_import_each_other_without_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/agent");
    for (dir, path) in [
        (root.clone(), "crate::agent::"),
        (root.join("offline"), "crate::agent::offline::"),
        (root.join("offline/scan"), "crate::agent::offline::scan::"),
        (
            root.join("offline/refine"),
            "crate::agent::offline::refine::",
        ),
        (
            root.join("offline/decide"),
            "crate::agent::offline::decide::",
        ),
        (
            root.join("offline/numbers"),
            "crate::agent::offline::numbers::",
        ),
        (
            root.join("offline/values"),
            "crate::agent::offline::values::",
        ),
    ] {
        let graph = imports(&dir, path);
        assert!(graph.len() >= 3, "{}: {graph:?}", dir.display());
        assert_eq!(cycle(&graph), None, "{}", dir.display());
    }
    // A directory module is one node: the scan's parts import the schema, never the
    // other way round.
    let offline = imports(&root.join("offline"), "crate::agent::offline::");
    assert!(
        offline["scan"].contains(&"schema".to_string()),
        "{offline:?}"
    );
    assert!(offline.contains_key("refine"));
    assert!(offline.contains_key("decide"));
    // The check finds a circle when there is one.
    let mut circular = BTreeMap::new();
    circular.insert("a".to_string(), vec!["b".to_string()]);
    circular.insert("b".to_string(), vec!["a".to_string()]);
    assert!(cycle(&circular).is_some());
}
