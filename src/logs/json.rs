//! The JSON the tools print: one object a line (restic's messages, Borg's --log-json),
//! pretty-printed objects (Borg's create --json), arrays (restic snapshots), mixed with
//! plain text lines (restic 0.14 writes its errors as text) when both outputs went into
//! one file.

use serde_json::Value;

/// What a log's text is made of, in order.
#[derive(Debug)]
pub(super) enum Piece {
    /// A JSON value starting on this line.
    Json(usize, Value),
    /// A line of plain text.
    Text(usize, String),
    /// A line that starts like JSON and is not.
    Broken(usize),
}

/// The pieces of `text`.
pub(super) fn scan(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = 0;
    // The line `at` is on, counted as `at` moves on (a log may have a million lines).
    let mut line = 1;
    let lines_in = |part: &str| part.bytes().filter(|b| *b == b'\n').count();
    while at < text.len() {
        let rest = &text[at..];
        let blank = rest.len() - rest.trim_start().len();
        line += lines_in(&rest[..blank]);
        at += blank;
        if at >= text.len() {
            break;
        }
        let rest = &text[at..];
        if rest.starts_with('{') || rest.starts_with('[') {
            let mut stream = serde_json::Deserializer::from_str(rest).into_iter::<Value>();
            if let Some(Ok(value)) = stream.next() {
                let used = stream.byte_offset();
                pieces.push(Piece::Json(line, value));
                line += lines_in(&rest[..used]);
                at += used;
                continue;
            }
            pieces.push(Piece::Broken(line));
        } else {
            let end = rest.find('\n').unwrap_or(rest.len());
            pieces.push(Piece::Text(line, rest[..end].trim_end().to_owned()));
        }
        match rest.find('\n') {
            Some(n) => {
                at += n + 1;
                line += 1;
            }
            None => at = text.len(),
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_pretty_objects_and_text_mixed() {
        let text = "{\"a\":1}\n{\n  \"b\": [1,\n 2]\n}\nFatal: no repository\n{\"broken\": \n[1]\n";
        let pieces = scan(text);
        let kinds: Vec<String> = pieces
            .iter()
            .map(|p| match p {
                Piece::Json(line, _) => format!("json@{line}"),
                Piece::Text(line, t) => format!("text@{line}:{t}"),
                Piece::Broken(line) => format!("broken@{line}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "json@1",
                "json@2",
                "text@6:Fatal: no repository",
                "broken@7",
                "json@8"
            ]
        );
        assert!(matches!(
            scan("just words\nand more").as_slice(),
            [Piece::Text(1, _), Piece::Text(2, _)]
        ));
    }
}
