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
        let numbers: Vec<&str> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        if numbers.len() != 3 || text.chars().any(char::is_alphabetic) {
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
        let mut plain = String::new();
        let chars: Vec<char> = text.chars().collect();
        let mut decimal_seen = false;
        for (i, &c) in chars.iter().enumerate() {
            let three_digits_follow = chars.len() >= i + 4
                && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
                && chars.get(i + 4).is_none_or(|c| !c.is_ascii_digit());
            match c {
                '0'..='9' | '-' | '+' => plain.push(c),
                c if c == self.decimal && !decimal_seen => {
                    plain.push('.');
                    decimal_seen = true;
                }
                c if (c == self.group || c.is_whitespace() || c == '\'') && three_digits_follow => {
                }
                '.' | ',' if !decimal_seen && !three_digits_follow => {
                    plain.push('.');
                    decimal_seen = true;
                }
                _ => return None,
            }
        }
        plain.parse().ok().filter(|n: &f64| n.is_finite())
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
