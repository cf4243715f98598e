//! Something to say, decided where the facts are and worded where it is read: a message
//! and its values, written in whichever language the reader wants. The adviser's findings
//! are phrases, so the window shows them in its language and a document in its own.

use chrono::{NaiveDate, NaiveDateTime};

use super::Language;

/// A message of the Fluent files and the values of its variables.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    pub message: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// A value put into a phrase.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text a person typed (a name), put in as it is.
    Text(String),
    /// A number, written the language's way; it also chooses plural forms.
    Number(f64),
    /// A date, written the language's way.
    Date(NaiveDate),
    /// A date and a time of day: 26.11.2026 22:30.
    DateTime(NaiveDateTime),
    /// The text of another message (an option's label), in the same language.
    Message(&'static str),
    /// The text of another message in lower case, for the middle of a sentence ("daily").
    Lower(&'static str),
    /// Another phrase, worded in the same language.
    Phrase(Box<Phrase>),
    /// Values joined the language's way: "A, B and C".
    List(Vec<Arg>),
    /// Values joined with commas only: "A, B, C" (before "and 12 more").
    Joined(Vec<Arg>),
}

impl Arg {
    /// The value as text in `language`.
    fn text(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Number(number) => language.formats().number(*number, 2),
            Self::Date(date) => language.formats().date(*date),
            Self::DateTime(at) => format!(
                "{} {}",
                language.formats().date(at.date()),
                at.format("%H:%M")
            ),
            Self::Message(message) => language.text(message).into_owned(),
            Self::Lower(message) => language.text(message).to_lowercase(),
            Self::Phrase(phrase) => phrase.text(language),
            Self::List(items) => {
                let items: Vec<String> = items.iter().map(|i| i.text(language)).collect();
                language.join_and(&items)
            }
            Self::Joined(items) => {
                let separator = format!("{} ", language.text("format-list-separator"));
                let items: Vec<String> = items.iter().map(|i| i.text(language)).collect();
                items.join(&separator)
            }
        }
    }
}

impl From<NaiveDateTime> for Arg {
    fn from(at: NaiveDateTime) -> Self {
        Self::DateTime(at)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(text: std::borrow::Cow<'_, str>) -> Self {
        Self::Text(text.into_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<NaiveDate> for Arg {
    fn from(date: NaiveDate) -> Self {
        Self::Date(date)
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Self {
        Self::Phrase(Box::new(phrase))
    }
}

macro_rules! number_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(number: $t) -> Self {
                Self::Number(f64::from(number))
            }
        }
    )+};
}

number_arg!(u8, u16, u32, i32, f64);

impl From<usize> for Arg {
    fn from(number: usize) -> Self {
        #[expect(clippy::cast_precision_loss, reason = "a count a person reads")]
        Self::Number(number as f64)
    }
}

impl From<u64> for Arg {
    fn from(number: u64) -> Self {
        #[expect(clippy::cast_precision_loss, reason = "a count a person reads")]
        Self::Number(number as f64)
    }
}

impl Phrase {
    /// The message `message` with no values yet.
    pub fn new(message: &'static str) -> Self {
        Self {
            message,
            args: Vec::new(),
        }
    }

    /// Text said as it is (a name a person typed), as a phrase.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Self::new("phrase-verbatim").with("text", Arg::Text(text.into()))
    }

    /// Values joined the language's way ("A, B and C"), as a phrase.
    pub fn list(items: Vec<Arg>) -> Self {
        Self::new("phrase-verbatim").with("text", Arg::List(items))
    }

    /// The phrase with `$name` set to `value`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The phrase with `$name` the label of message `message` (an option's label).
    #[must_use]
    pub fn with_message(self, name: &'static str, message: &'static str) -> Self {
        self.with(name, Arg::Message(message))
    }

    /// The phrase in `language`.
    pub fn text(&self, language: Language) -> String {
        let mut args = super::Args::new();
        for (name, value) in &self.args {
            let value: fluent_bundle::FluentValue<'static> = match value {
                Arg::Number(number) => (*number).into(),
                other => other.text(language).into(),
            };
            args.set(*name, value);
        }
        language.text_with(self.message, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_is_worded_in_the_language_asked_for() {
        let phrase = Phrase::new("steps-complete")
            .with("done", 3)
            .with("all", 14);
        assert_eq!(phrase.text(Language::ENGLISH), "3 of 14 steps complete");
        let german = Language::from_code("de").unwrap();
        assert!(
            phrase.text(german).starts_with("3 von 14"),
            "{}",
            phrase.text(german)
        );
    }

    #[test]
    fn numbers_in_messages_are_written_the_languages_way() {
        let german = Language::from_code("de").unwrap();
        let phrase = Phrase::new("steps-complete")
            .with("done", 1234.5)
            .with("all", 14);
        assert!(
            phrase.text(german).starts_with("1.234,5 "),
            "{}",
            phrase.text(german)
        );
        assert!(phrase.text(Language::ENGLISH).starts_with("1,234.5 "));
    }

    #[test]
    fn lists_are_joined_the_languages_way() {
        let items = ["A", "B", "C"];
        assert_eq!(Language::ENGLISH.join_and(&items), "A, B and C");
        let german = Language::from_code("de").unwrap();
        assert_eq!(german.join_and(&items), "A, B und C");
        assert_eq!(german.join_and(&["A"]), "A");
    }
}
