//! What English looks like, for the tests that hold another language's window or
//! documents against it: whole messages (without variables) and the longer pieces of text
//! between the variables of the others, each with its message's id. Only texts the other
//! language words differently count ("PDF" is "PDF" in German).

use std::collections::{BTreeMap, BTreeSet};

use backup_planner::i18n::{Language, messages_of};

pub struct English {
    /// Each whole English message of three letters or more, with its id.
    pub whole: BTreeMap<String, String>,
    /// Each piece of an English sentence of three words or more, with its message's id.
    pub pieces: Vec<(String, String)>,
}

impl English {
    /// The English that `language` words differently.
    pub fn against(language: Language) -> Self {
        let translated: BTreeSet<String> = messages_of(language)
            .unwrap()
            .into_iter()
            .flat_map(|m| m.texts)
            .map(|t| t.trim().to_owned())
            .collect();
        let mut whole = BTreeMap::new();
        let mut pieces = Vec::new();
        for message in messages_of(Language::ENGLISH).unwrap() {
            // Formats are not words: "YYYY-MM-DD", ",".
            if message.id.starts_with("format-") {
                continue;
            }
            if message.variables.is_empty() {
                let text = Language::ENGLISH.text(&message.id).trim().to_owned();
                if text.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && language.text(&message.id).trim() != text
                {
                    whole.insert(text, message.id.clone());
                }
            }
            for piece in &message.texts {
                let piece = piece.trim();
                // A piece of three words or more is a sentence's fragment, not a name.
                if piece.split_whitespace().count() >= 3 && !translated.contains(piece) {
                    pieces.push((piece.to_owned(), message.id.clone()));
                }
            }
        }
        Self { whole, pieces }
    }

    /// The English found in `text`: each whole message it is, or piece it holds.
    pub fn found_in(&self, text: &str) -> Option<String> {
        let text = text.trim();
        if let Some(id) = self.whole.get(text) {
            return Some(format!("{text:?} ({id})"));
        }
        self.pieces
            .iter()
            .find(|(piece, _)| text.contains(piece.as_str()))
            .map(|(piece, id)| format!("{text:?} holds {piece:?} ({id})"))
    }

    /// The pieces of English sentences in a long `text` (a document's).
    pub fn pieces_in(&self, text: &str) -> Vec<String> {
        self.pieces
            .iter()
            .filter(|(piece, _)| text.contains(piece.as_str()))
            .map(|(piece, id)| format!("{piece:?} ({id})"))
            .collect()
    }
}
