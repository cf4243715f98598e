//! The words of the app in the office's own language: every text a person sees or prints
//! comes from the Fluent files in `assets/i18n/<language>/`, and dates and numbers are
//! written the way that language writes them.
//!
//! Built on `fluent-bundle`, the Fluent project's own Rust implementation (the one that
//! `fluent-templates` and `i18n-embed` wrap): four languages compiled into the program
//! and English as the fallback take a page of code on it, where either wrapper would add
//! a procedural macro, a folder walker and an asset crate to a two-core build.
//!
//! No layer's state lives here: the language is always passed in, except that the window
//! sets its own ([`set_ui`], per thread), so the UI need not hand it to every label.
//!
//! Adding a language: a folder `assets/i18n/<code>/` with the same files as `en/`, and
//! one line in [`LANGUAGES`].

mod numbers;
mod phrase;

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use numbers::Formats;
pub use phrase::{Arg, Phrase};

/// One language the app speaks: its code (as in the folder's name), its name in itself,
/// and its Fluent files.
pub struct LanguageFiles {
    pub code: &'static str,
    pub name: &'static str,
    files: [(&'static str, &'static str); FILES],
}

/// How many Fluent files a language has (the list in [`language!`]).
const FILES: usize = 16;

/// A language's folder, read into the program when it is built.
macro_rules! language {
    (@file $code:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!("../../assets/i18n/", $code, "/", $file)),
        )
    };
    ($code:literal, $name:literal) => {
        LanguageFiles {
            code: $code,
            name: $name,
            files: [
                language!(@file $code, "app.ftl"),
                language!(@file $code, "formats.ftl"),
                language!(@file $code, "options.ftl"),
                language!(@file $code, "steps.ftl"),
                language!(@file $code, "terms.ftl"),
                language!(@file $code, "columns.ftl"),
                language!(@file $code, "pages.ftl"),
                language!(@file $code, "window.ftl"),
                language!(@file $code, "wizard.ftl"),
                language!(@file $code, "guide.ftl"),
                language!(@file $code, "advice.ftl"),
                language!(@file $code, "logs.ftl"),
                language!(@file $code, "cli.ftl"),
                language!(@file $code, "documents.ftl"),
                language!(@file $code, "errors.ftl"),
                language!(@file $code, "review.ftl"),
            ],
        }
    };
}

/// Every language, English first (the fallback for a message another language lacks).
pub static LANGUAGES: [LanguageFiles; 4] = [
    language!("en", "English"),
    language!("de", "Deutsch"),
    language!("fr", "Français"),
    language!("es", "Español"),
];

/// English, for what is still written in English only: the texts the adviser, the
/// change summary, the documents and the command line make are moved to the Fluent files
/// one by one, and use this until then.
pub const ENGLISH: Language = Language::ENGLISH;

/// A language of [`LANGUAGES`]. Plans and settings keep its code, so a file written in
/// one language opens in any other.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Language(usize);

impl Language {
    pub const ENGLISH: Self = Self(0);

    /// Every language, in the order menus list them.
    pub fn all() -> impl Iterator<Item = Self> {
        (0..LANGUAGES.len()).map(Self)
    }

    /// The language with this code ("de", "de-AT", "de_DE.UTF-8": the language part
    /// counts), if the app speaks it.
    pub fn from_code(code: &str) -> Option<Self> {
        let language = code
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .trim();
        LANGUAGES
            .iter()
            .position(|l| l.code.eq_ignore_ascii_case(language))
            .map(Self)
    }

    /// The language of the computer, if the app speaks it; English otherwise.
    ///
    /// Where the POSIX locale variables say (Linux, a terminal), they decide as gettext
    /// reads them: the first set of `LC_ALL`, `LC_MESSAGES`, `LANG` is the locale; "C" or
    /// "POSIX" means English (scripts set `LC_ALL=C` to read a program's output);
    /// otherwise `LANGUAGE`'s list, then the locale itself; a locale the app does not
    /// speak means English. Elsewhere the system's preferred languages, in order.
    pub fn of_system() -> Self {
        #[cfg(unix)]
        if let Some(language) = Self::of_environment(|name| std::env::var(name).ok()) {
            return language;
        }
        sys_locale::get_locales()
            .find_map(|locale| Self::from_code(&locale))
            .unwrap_or_default()
    }

    /// The language the POSIX locale variables ask for (`var` reads one); `None` when
    /// none of `LC_ALL`, `LC_MESSAGES` and `LANG` is set.
    pub fn of_environment(var: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let set = |name: &str| var(name).filter(|value| !value.trim().is_empty());
        let locale = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"))?;
        let plain = locale.split(['.', '@']).next().unwrap_or_default().trim();
        if plain == "C" || plain == "POSIX" {
            return Some(Self::ENGLISH);
        }
        let listed = set("LANGUAGE").and_then(|list| list.split(':').find_map(Self::from_code));
        Some(
            listed
                .or_else(|| Self::from_code(&locale))
                .unwrap_or(Self::ENGLISH),
        )
    }

    pub fn code(self) -> &'static str {
        LANGUAGES[self.0].code
    }

    /// The language's name in itself: "Deutsch".
    pub fn name(self) -> &'static str {
        LANGUAGES[self.0].name
    }

    /// How this language writes dates and numbers.
    pub fn formats(self) -> &'static Formats {
        &FORMATS[self.0]
    }

    /// A list in a sentence, the language's way: "A", "A and B", "A, B and C".
    pub fn join_and<S: AsRef<str>>(self, items: &[S]) -> String {
        match items {
            [] => String::new(),
            [one] => one.as_ref().to_owned(),
            [init @ .., last] => {
                let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
                let separator = self.text("format-list-separator");
                crate::tr!(
                    self,
                    "format-list-and",
                    first = init.join(&format!("{separator} ")),
                    last = last.as_ref()
                )
                .into_owned()
            }
        }
    }

    /// The text of message `id`, without arguments.
    pub fn text(self, id: &str) -> Cow<'static, str> {
        self.format(id, None)
    }

    /// The text of message `id` with `args` put in.
    pub fn text_with(self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, Some(args)).into_owned()
    }

    /// The message's text in this language, else in English, else its id (a message
    /// the English file lacks is a mistake the tests find).
    fn format(self, id: &str, args: Option<&FluentArgs<'_>>) -> Cow<'static, str> {
        let (id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        for bundle in [&BUNDLES[self.0], &BUNDLES[0]] {
            let Some(message) = bundle.bundle.get_message(id) else {
                continue;
            };
            let pattern = match attribute {
                Some(name) => message.get_attribute(name).map(|a| a.value()),
                None => message.value(),
            };
            if let Some(pattern) = pattern {
                let mut errors = Vec::new();
                return bundle.bundle.format_pattern(pattern, args, &mut errors);
            }
        }
        Cow::Owned(id.to_owned())
    }

    /// Whether the English file has message `id` (or `id.attribute`).
    pub fn has(self, id: &str) -> bool {
        let (id, attribute) = id.split_once('.').map_or((id, None), |(m, a)| (m, Some(a)));
        BUNDLES[self.0].bundle.get_message(id).is_some_and(|m| {
            attribute.map_or(m.value().is_some(), |a| m.get_attribute(a).is_some())
        })
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> serde::Deserialize<'de> for Language {
    /// A code the app does not know (a language a later version added) reads as English,
    /// so the plan still opens.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Ok(Self::from_code(&code).unwrap_or_default())
    }
}

/// A language's messages.
struct Loaded {
    bundle: FluentBundle<FluentResource>,
}

static BUNDLES: LazyLock<Vec<Loaded>> =
    LazyLock::new(|| LANGUAGES.iter().enumerate().map(load).collect());

/// Each language's formats, read from its `formats.ftl` alone (the messages' numbers
/// are written with them, so they are read first).
static FORMATS: LazyLock<Vec<Formats>> = LazyLock::new(|| {
    LANGUAGES
        .iter()
        .map(|language| {
            let mut bundle = FluentBundle::new_concurrent(vec![language_id(language)]);
            bundle.set_use_isolating(false);
            for (file, text) in language.files {
                if file == "formats.ftl" {
                    let resource =
                        FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
                    let _ = bundle.add_resource(resource);
                }
            }
            Formats::read(|id| {
                let message = bundle.get_message(id)?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(message.value()?, None, &mut errors)
                        .into_owned(),
                )
            })
        })
        .collect()
});

fn language_id(language: &LanguageFiles) -> unic_langid::LanguageIdentifier {
    language.code.parse().unwrap_or_default()
}

/// Writes a number in a message (`{ $count }`) the way language `L` writes numbers:
/// 1.234,5 in German. A text or a date is put in as it is.
fn numbers_in<const L: usize, M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number) => {
            let decimals = number.options.maximum_fraction_digits.unwrap_or(2);
            FORMATS.get(L).map(|f| f.number(number.value, decimals))
        }
        _ => None,
    }
}

fn load((index, language): (usize, &LanguageFiles)) -> Loaded {
    let mut bundle = FluentBundle::new_concurrent(vec![language_id(language)]);
    // The text goes to egui and typst, which lay out mixed directions themselves; the
    // marks Fluent puts around each value would show as boxes in some fonts.
    bundle.set_use_isolating(false);
    // One writer of numbers for each place in LANGUAGES (a fn pointer cannot hold the
    // place): eight, room for four more languages.
    let numbers = match index {
        0 => numbers_in::<0, _>,
        1 => numbers_in::<1, _>,
        2 => numbers_in::<2, _>,
        3 => numbers_in::<3, _>,
        4 => numbers_in::<4, _>,
        5 => numbers_in::<5, _>,
        6 => numbers_in::<6, _>,
        _ => numbers_in::<7, _>,
    };
    bundle.set_formatter(Some(numbers));
    for (_, text) in language.files {
        // A file with a mistake still gives every message it could read; the tests
        // (`tests/translations.rs`) read each file strictly.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        // A message defined twice keeps its first text; the tests find the second.
        let _ = bundle.add_resource(resource);
    }
    Loaded { bundle }
}

/// The messages of `language`'s files, parsed strictly: each file's name, and its
/// messages' ids (with `.attribute` for attributes) and the variables each uses; or the
/// first mistake found.
pub fn messages_of(language: Language) -> Result<Vec<Message>, String> {
    use fluent_syntax::ast;
    let mut all = Vec::new();
    for (file, text) in LANGUAGES[language.0].files {
        let resource = fluent_syntax::parser::parse(text)
            .map_err(|(_, errors)| format!("{}/{file}: {:?}", language.code(), errors[0]))?;
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            if let Some(value) = &message.value {
                all.push(Message::of(file, id.clone(), value));
            }
            for attribute in &message.attributes {
                let id = format!("{id}.{}", attribute.id.name);
                all.push(Message::of(file, id, &attribute.value));
            }
        }
    }
    Ok(all)
}

/// One message of a Fluent file, as [`messages_of`] reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub file: &'static str,
    pub id: String,
    /// The variables it uses, sorted.
    pub variables: Vec<String>,
    /// Whether it has no text at all.
    pub empty: bool,
    /// Its text between the variables (of every variant of a selector).
    pub texts: Vec<String>,
}

impl Message {
    fn of(file: &'static str, id: String, pattern: &fluent_syntax::ast::Pattern<&str>) -> Self {
        let mut variables = Vec::new();
        let mut texts = Vec::new();
        variables_of(pattern, &mut variables, &mut texts);
        variables.sort();
        variables.dedup();
        let text: String = texts.concat();
        Self {
            file,
            id,
            variables,
            empty: text.trim().is_empty() && !pattern_has_placeables(pattern),
            texts,
        }
    }
}

fn pattern_has_placeables(pattern: &fluent_syntax::ast::Pattern<&str>) -> bool {
    pattern
        .elements
        .iter()
        .any(|e| matches!(e, fluent_syntax::ast::PatternElement::Placeable { .. }))
}

fn variables_of(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    variables: &mut Vec<String>,
    texts: &mut Vec<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, variables: &mut Vec<String>) {
        match expression {
            InlineExpression::VariableReference { id } => variables.push(id.name.to_owned()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, variables);
                }
            }
            InlineExpression::Placeable { expression } => match &**expression {
                Expression::Inline(e) => inline(e, variables),
                Expression::Select { selector, .. } => inline(selector, variables),
            },
            _ => {}
        }
    }
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => texts.push((*value).to_owned()),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(e) => inline(e, variables),
                Expression::Select { selector, variants } => {
                    inline(selector, variables);
                    for variant in variants {
                        variables_of(&variant.value, variables, texts);
                    }
                }
            },
        }
    }
}

thread_local! {
    /// The language of the window drawn on this thread.
    static UI: Cell<Language> = const { Cell::new(Language::ENGLISH) };
}

/// Sets the language the window on this thread speaks (each frame, from the settings).
pub fn set_ui(language: Language) {
    UI.with(|ui| ui.set(language));
}

/// The language the window on this thread speaks.
pub fn ui() -> Language {
    UI.with(Cell::get)
}

/// A message in a language: `tr!(lang, "id")`, or with arguments
/// `tr!(lang, "id", name = value, count = n)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $lang.text($id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::value($value));)+
        std::borrow::Cow::<'static, str>::Owned($lang.text_with($id, &args))
    }};
}

/// The arguments of a message.
pub type Args<'a> = FluentArgs<'a>;

/// Arguments of text: `args([("name", "Accounts")])`.
pub fn args<'a, const N: usize>(pairs: [(&'a str, &'a str); N]) -> Args<'a> {
    let mut args = Args::new();
    for (name, value) in pairs {
        args.set(name, value);
    }
    args
}

/// What a message's variable may be: text, or a number (which selects plural forms).
pub fn value<'a>(value: impl IntoValue<'a>) -> FluentValue<'a> {
    value.into_value()
}

/// A value a message can take.
pub trait IntoValue<'a> {
    fn into_value(self) -> FluentValue<'a>;
}

impl<'a> IntoValue<'a> for &'a str {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> IntoValue<'a> for &'a String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self.as_str())
    }
}

impl<'a> IntoValue<'a> for String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> IntoValue<'a> for Cow<'a, str> {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

macro_rules! number_value {
    ($($t:ty),+) => {$(
        impl<'a> IntoValue<'a> for $t {
            fn into_value(self) -> FluentValue<'a> {
                FluentValue::from(self)
            }
        }
    )+};
}

number_value!(u8, u16, u32, u64, usize, i32, i64, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_the_computer_find_their_language() {
        assert_eq!(Language::from_code("de-AT").map(Language::code), Some("de"));
        assert_eq!(
            Language::from_code("fr_CA.UTF-8").map(Language::code),
            Some("fr")
        );
        assert_eq!(Language::from_code("ES").map(Language::code), Some("es"));
        assert_eq!(Language::from_code("it-IT"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn the_locale_variables_decide_as_gettext_reads_them() {
        let with = |pairs: &[(&str, &str)]| {
            let pairs: Vec<(String, String)> = pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
            Language::of_environment(move |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
            .map(Language::code)
        };
        assert_eq!(
            with(&[]),
            None,
            "nothing set: the system's own list decides"
        );
        assert_eq!(with(&[("LANG", "de_DE.UTF-8")]), Some("de"));
        assert_eq!(
            with(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8")]),
            Some("en")
        );
        assert_eq!(
            with(&[("LC_ALL", "C.UTF-8"), ("LANGUAGE", "de")]),
            Some("en")
        );
        assert_eq!(with(&[("LANG", "POSIX"), ("LANGUAGE", "fr")]), Some("en"));
        assert_eq!(
            with(&[("LC_ALL", "tr_TR.UTF-8"), ("LANG", "de_DE")]),
            Some("en")
        );
        assert_eq!(
            with(&[("LANG", "en_GB.UTF-8"), ("LANGUAGE", "pt:fr:de")]),
            Some("fr"),
            "the first of LANGUAGE's list the app speaks"
        );
        assert_eq!(
            with(&[("LC_MESSAGES", "es_ES"), ("LANG", "de_DE")]),
            Some("es")
        );
        assert_eq!(with(&[("LC_ALL", " "), ("LANG", "fr_FR")]), Some("fr"));
    }

    #[test]
    fn a_message_missing_in_a_language_falls_back_to_english() {
        let german = Language::from_code("de").unwrap();
        assert_eq!(german.text("no-such-message"), "no-such-message");
        assert_eq!(Language::ENGLISH.text("menu-language"), "Language");
        assert_eq!(german.text("menu-language"), "Sprache");
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Language::ENGLISH;
        assert_eq!(
            tr!(en, "steps-complete", done = 1, all = 14),
            "1 of 14 steps complete"
        );
        assert_eq!(
            tr!(en, "steps-complete", done = 2, all = 14),
            "2 of 14 steps complete"
        );
    }

    #[test]
    fn an_unknown_language_in_a_file_reads_as_english() {
        let read: Language = ron::from_str("\"xx\"").unwrap();
        assert_eq!(read, Language::ENGLISH);
        let de: Language = ron::from_str("\"de\"").unwrap();
        assert_eq!(ron::to_string(&de).unwrap(), "\"de\"");
    }
}
