//! Dates and numbers the way a language writes and reads them, from the language's
//! `formats.ftl`: 26.11.2026 and 1.234,5 in German, 26/11/2026 and 1 234,5 in French.

use chrono::{Datelike as _, NaiveDate};

/// How a language writes dates and numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formats {
    /// The order and separators of a date: "DD.MM.YYYY".
    date: String,
    /// "," or ".".
    decimal: char,
    /// The mark between groups of three digits: ",", ".", a narrow space.
    group: char,
    /// From how many digits a whole number is grouped: 4 writes 1,234; 5 writes 1234
    /// but 12.345 (Spanish).
    group_from: usize,
}

impl Default for Formats {
    /// English's, should a language's file lack them.
    fn default() -> Self {
        Self {
            date: "YYYY-MM-DD".to_owned(),
            decimal: '.',
            group: ',',
            group_from: 4,
        }
    }
}

impl Formats {
    /// The formats from a language's messages (`message` gives a message's text).
    pub(super) fn read(message: impl Fn(&str) -> Option<String>) -> Self {
        let english = Self::default();
        let char_of = |id: &str, or: char| {
            message(id)
                .and_then(|text| text.chars().next())
                .unwrap_or(or)
        };
        let date = message("format-date")
            .filter(|d| d.contains("DD") && d.contains("MM") && d.contains("YYYY"))
            .unwrap_or(english.date);
        Self {
            date,
            decimal: char_of("format-decimal", english.decimal),
            group: char_of("format-group", english.group),
            group_from: message("format-group-from")
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(english.group_from),
        }
    }

    /// The date as the language writes it: 26.11.2026.
    pub fn date(&self, date: NaiveDate) -> String {
        let year = date.year();
        let year = if (0..=9999).contains(&year) {
            format!("{year:04}")
        } else {
            year.to_string()
        };
        self.date
            .replace("YYYY", &year)
            .replace("MM", &format!("{:02}", date.month()))
            .replace("DD", &format!("{:02}", date.day()))
    }

    /// How the language writes a date, for a field's hint: "DD.MM.YYYY".
    pub fn date_pattern(&self) -> &str {
        &self.date
    }

    /// Reads a date written the language's way, or as year-month-day (which every
    /// language also accepts, as plan files and other programs write dates).
    pub fn parse_date(&self, text: &str) -> Option<NaiveDate> {
        let text = text.trim();
        if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(date);
        }
        // The pattern's order of day, month and year, with any separator between.
        let mut order: Vec<(usize, char)> = ["DD", "MM", "YYYY"]
            .iter()
            .filter_map(|part| {
                self.date
                    .find(part)
                    .map(|at| (at, part.as_bytes()[0] as char))
            })
            .collect();
        order.sort_unstable();
        // Digits and the marks between them only: no letters, and no digits of other
        // scripts ("٢" or "２" read as a mark would shift the day).
        if !text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '/' | '-' | ' '))
        {
            return None;
        }
        let numbers: Vec<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        if numbers.len() != 3 || numbers.iter().any(|n| n.len() > 4) {
            return None;
        }
        let (mut day, mut month, mut year) = (None, None, None);
        for ((_, part), number) in order.iter().zip(&numbers) {
            let value: u32 = number.parse().ok()?;
            match part {
                'D' => day = Some(value),
                'M' => month = Some(value),
                _ if number.len() == 4 => year = i32::try_from(value).ok(),
                _ => return None,
            }
        }
        NaiveDate::from_ymd_opt(year?, month?, day?)
    }

    /// A number with at most `decimals` digits after the separator, none needless:
    /// 1.234,5 in German, 1,234.5 in English.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        let text = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let fraction = fraction.trim_end_matches('0');
        let negative = value < 0.0 && (whole != "0" || !fraction.is_empty());
        let mut out = String::new();
        if negative {
            out.push('-');
        }
        out.push_str(&self.grouped(whole));
        if !fraction.is_empty() {
            out.push(self.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// A whole number with its groups: 12.345.
    pub fn whole(&self, value: u64) -> String {
        self.grouped(&value.to_string())
    }

    fn grouped(&self, digits: &str) -> String {
        if digits.len() < self.group_from {
            return digits.to_owned();
        }
        let mut out = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(self.group);
            }
            out.push(digit);
        }
        out
    }

    /// Reads a number typed the language's way: its decimal mark, its group marks (and
    /// spaces) between groups of three digits. A point where German expects a comma, as
    /// in "2.5", is read as the decimal point it was meant to be, unless it stands
    /// before a group of three digits.
    pub fn parse_number(&self, text: &str) -> Option<f64> {
        let text = text.trim();
        let (sign, body) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.strip_prefix('+').unwrap_or(text)),
        };
        // The mark the language does not use for decimals: "." in German, "," in English.
        let other = if self.decimal == ',' { '.' } else { ',' };
        let is_group = |c: char| {
            c == self.group || c == other || matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\'')
        };
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        let (whole, fraction) = match body.split_once(self.decimal) {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (body, None),
        };
        // Only digits after the decimal mark, and at least one.
        if fraction.is_some_and(|f| !digits(f)) {
            return None;
        }
        let whole = if whole.is_empty() && fraction.is_some() {
            // ",5" is half.
            "0".to_owned()
        } else if digits(whole) {
            whole.to_owned()
        } else if let Some(grouped) = Self::grouped_digits(whole, is_group) {
            grouped
        } else if fraction.is_none()
            && let Some((before, after)) = whole.split_once(other)
            && digits(before)
            && digits(after)
        {
            // "2.5" in a German window: the point meant as a decimal mark, since it does
            // not stand between groups of three digits.
            let plain = format!("{sign}{before}.{after}");
            return plain.parse().ok().filter(|n: &f64| n.is_finite());
        } else {
            return None;
        };
        let plain = match fraction {
            Some(fraction) => format!("{sign}{whole}.{fraction}"),
            None => format!("{sign}{whole}"),
        };
        plain.parse().ok().filter(|n: &f64| n.is_finite())
    }

    /// The digits of a whole number written in groups of three ("1.234.567", "12 345"):
    /// a first group of one to three digits not starting with 0, then groups of exactly
    /// three, each behind one group mark; `None` when it is not written so.
    fn grouped_digits(whole: &str, is_group: impl Fn(char) -> bool) -> Option<String> {
        let groups: Vec<&str> = whole.split(is_group).collect();
        let (first, rest) = groups.split_first()?;
        let fine = !rest.is_empty()
            && (1..=3).contains(&first.len())
            && !first.starts_with('0')
            && first.bytes().all(|b| b.is_ascii_digit())
            && rest
                .iter()
                .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
        fine.then(|| groups.concat())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> Formats {
        Formats {
            date: "DD.MM.YYYY".to_owned(),
            decimal: ',',
            group: '.',
            group_from: 4,
        }
    }

    #[test]
    fn dates_are_written_and_read_the_languages_way() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(german().date(date), "26.11.2026");
        assert_eq!(Formats::default().date(date), "2026-11-26");
        assert_eq!(german().parse_date("26.11.2026"), Some(date));
        assert_eq!(german().parse_date(" 2026-11-26 "), Some(date));
        assert_eq!(german().parse_date("31.02.2026"), None);
        assert_eq!(german().parse_date("26.11.26"), None);
        assert_eq!(german().parse_date("26. Nov 2026"), None);
    }

    #[test]
    fn numbers_are_written_the_languages_way() {
        assert_eq!(german().number(1234.5, 1), "1.234,5");
        assert_eq!(german().number(12.0, 2), "12");
        assert_eq!(german().number(-0.001, 1), "0");
        assert_eq!(Formats::default().number(1_234_567.25, 2), "1,234,567.25");
        let spanish = Formats {
            group_from: 5,
            ..german()
        };
        assert_eq!(spanish.whole(1234), "1234");
        assert_eq!(spanish.whole(12_345), "12.345");
        assert_eq!(german().number(f64::INFINITY, 1), "inf");
    }

    #[test]
    fn numbers_that_are_no_numbers_are_refused() {
        let de = german();
        let en = Formats::default();
        // Each read as a person would mean it, or refused; never a third reading.
        for (formats, text, read) in [
            (&de, "12.34.567", None),
            (&de, "1.2345.678", None),
            (&de, "1,234.567", None),
            (&de, "0.250", Some(0.25)),
            (&de, ".500", None),
            (&de, "1.234.567,8", Some(1_234_567.8)),
            (&de, "1,2,3", None),
            (&de, "2.5 000", None),
            (&de, "-0", Some(0.0)),
            (&de, "+3", Some(3.0)),
            (&de, "1e5", None),
            (&de, "１２", None),
            (&de, "٣", None),
            (&de, "12,", None),
            (&de, ",5", Some(0.5)),
            (&de, "1 000", Some(1000.0)),
            (&de, "1\u{202f}000", Some(1000.0)),
            (&en, "0,250", Some(0.25)),
            (&en, ",500", None),
            (&en, "1.5,000", None),
            (&en, "1,000,00", None),
            (&en, "1,000,000.5", Some(1_000_000.5)),
            (&en, "  ", None),
            (&en, "", None),
        ] {
            assert_eq!(formats.parse_number(text), read, "{text:?}");
        }
        assert_eq!(de.parse_number(&"9".repeat(400)), None, "not finite");
    }

    #[test]
    fn dates_with_other_scripts_digits_are_refused() {
        let de = german();
        for text in [
            "2٦.11.2026",
            "2６.11.2026",
            "1².11.2026",
            "26..11.2026x",
            "026.11.02026",
        ] {
            assert_eq!(de.parse_date(text), None, "{text:?}");
        }
        assert_eq!(de.parse_date("31.02.2027"), None);
        assert_eq!(
            de.parse_date("1.2.2027"),
            NaiveDate::from_ymd_opt(2027, 2, 1),
            "one digit for the day and the month"
        );
    }

    #[test]
    fn typed_numbers_take_the_local_decimal_comma() {
        let de = german();
        assert_eq!(de.parse_number("2,5"), Some(2.5));
        assert_eq!(de.parse_number("2.5"), Some(2.5));
        assert_eq!(de.parse_number("1.234,5"), Some(1234.5));
        assert_eq!(de.parse_number("1.234"), Some(1234.0));
        assert_eq!(de.parse_number("1 234"), Some(1234.0));
        assert_eq!(de.parse_number("2,5,1"), None);
        assert_eq!(de.parse_number("zwei"), None);
        let en = Formats::default();
        assert_eq!(en.parse_number("1,234.5"), Some(1234.5));
        assert_eq!(en.parse_number("2.5"), Some(2.5));
    }
}
