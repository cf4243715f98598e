//! The architecture, held: each layer of `src/` uses only the layers below it, only the
//! UI imports egui, and no two modules import each other (directly or round a circle).
//! ARCHITECTURE.md draws the same picture.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What each layer may use besides itself.
const ALLOWED: &[(&str, &[&str])] = &[
    ("i18n", &[]),
    ("model", &["i18n"]),
    ("advice", &["i18n", "model"]),
    ("files", &["i18n", "model"]),
    ("platform", &["i18n", "model"]),
    ("logs", &["i18n", "model", "advice", "files"]),
    ("documents", &["i18n", "model", "advice", "files"]),
    (
        "cli",
        &[
            "i18n",
            "model",
            "advice",
            "files",
            "logs",
            "documents",
            "platform",
        ],
    ),
    (
        "ui",
        &[
            "i18n",
            "model",
            "advice",
            "files",
            "logs",
            "documents",
            "platform",
        ],
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments and unit tests (tests may reach further, for
/// fixtures; a comment may name any module).
fn code_without_tests(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let code = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => &text,
    };
    code.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Depth-first search for a way back to where it started: the circle, if there is one.
fn circle(
    graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    node: &Vec<String>,
    path: &mut Vec<Vec<String>>,
    done: &mut BTreeSet<Vec<String>>,
) -> Option<Vec<Vec<String>>> {
    if let Some(at) = path.iter().position(|n| n == node) {
        return Some(path[at..].to_vec());
    }
    if done.contains(node) {
        return None;
    }
    path.push(node.clone());
    for next in graph.get(node).into_iter().flatten() {
        if let Some(found) = circle(graph, next, path, done) {
            return Some(found);
        }
    }
    path.pop();
    done.insert(node.clone());
    None
}

/// `src/files/storage.rs` is `files::storage`; `src/ui/app/dialogs.rs` is `ui::app`
/// (a folder module counts as one).
fn module_of(src: &Path, path: &Path) -> Vec<String> {
    let relative = path.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.truncate(2);
    parts
}

fn references(code: &str) -> BTreeSet<Vec<String>> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        // `crate::tr!` is i18n's macro, exported at the crate's root as macros are.
        if rest.starts_with("tr!") || rest.starts_with("tr;") {
            found.insert(vec!["i18n".to_owned()]);
            continue;
        }
        let path: Vec<String> = rest
            .split("::")
            .take(2)
            .map(|part| {
                part.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect::<String>()
            })
            .take_while(|part| !part.is_empty() && part.chars().all(|c| !c.is_uppercase()))
            .collect();
        // `crate::ui::{start, wizard}` names two modules.
        if path.len() == 1
            && let Some(group) = rest
                .strip_prefix(&format!("{}::{{", path[0]))
                .and_then(|g| g.split('}').next())
        {
            for item in group.split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != "self" && name.chars().all(|c| !c.is_uppercase()) {
                    found.insert(vec![path[0].clone(), name]);
                }
            }
        }
        if !path.is_empty() {
            found.insert(path);
        }
    }
    found
}

#[test]
fn each_layer_uses_only_the_layers_below_it_and_only_the_ui_imports_egui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        let Some(layer) = module.first().map(String::as_str) else {
            continue;
        };
        let code = code_without_tests(file);
        let egui = ["use egui", "egui::", "eframe::", "egui_extras::"]
            .iter()
            .any(|word| code.contains(word));
        if egui && layer != "ui" && layer != "main" {
            wrong.push(format!("{} imports egui", file.display()));
        }
        let Some((_, allowed)) = ALLOWED.iter().find(|(name, _)| *name == layer) else {
            continue;
        };
        for reference in references(&code) {
            let used = reference[0].as_str();
            if used != layer && !allowed.contains(&used) && used != "EXAMPLE_PLAN" {
                wrong.push(format!("{} uses crate::{used}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_modules_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_of(&src, file);
        let edges = graph.entry(module.clone()).or_default();
        for reference in references(&code_without_tests(file)) {
            if reference != module && reference.len() == 2 {
                edges.insert(reference);
            }
        }
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        if let Some(found) = circle(&graph, node, &mut Vec::new(), &mut done) {
            let names: Vec<String> = found.iter().map(|m| m.join("::")).collect();
            panic!("an import circle: {}", names.join(" -> "));
        }
    }
}
