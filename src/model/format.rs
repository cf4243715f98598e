//! How dates, times and numbers are written, in the app and in the documents alike.

use chrono::{NaiveDate, NaiveTime};

/// The way dates are written and read everywhere: 2026-03-31.
pub const DATE_FORMAT: &str = "%Y-%m-%d";

/// The way times of day are written and read: 22:30.
pub const TIME_FORMAT: &str = "%H:%M";

/// A date as the app writes it.
pub fn date(date: NaiveDate) -> String {
    date.format(DATE_FORMAT).to_string()
}

/// A time of day as the app writes it.
pub fn time(time: NaiveTime) -> String {
    time.format(TIME_FORMAT).to_string()
}

/// A number without a needless fraction: `12`, `2.5`.
pub fn number(value: f64) -> String {
    format!("{value}")
}

/// Reads a date written as year-month-day.
/// A list in a sentence: "A", "A and B", "A, B and C".
pub fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// `text` on one line of at most `max` characters, for naming a thing in a sentence: runs
/// of white space (line breaks too) become one space and a longer text ends in "…".
pub fn one_line(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let mut cut: String = joined.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, DATE_FORMAT).ok()
}

/// Reads a time of day, such as `22:30` or `7:05`.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text, TIME_FORMAT).ok()
}

/// Reads a number of zero or more, accepting a decimal comma.
pub fn parse_number(text: &str) -> Option<f64> {
    let text = if text.contains('.') {
        text.to_owned()
    } else {
        text.replacen(',', ".", 1)
    };
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(join_and::<&str>(&[]), "");
        assert_eq!(join_and(&["A"]), "A");
        assert_eq!(join_and(&["A", "B"]), "A and B");
        assert_eq!(join_and(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn numbers_accept_a_decimal_comma_and_reject_the_rest() {
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number("2,5"), Some(2.5));
        assert_eq!(parse_number("2.5"), Some(2.5));
        for bad in ["abc", "1.2.3", "-4", "NaN", "inf", "12 GB", "1,000.5,3"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_must_exist() {
        assert_eq!(
            parse_date("2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("31/03/2026"), None);
    }

    #[test]
    fn numbers_are_written_without_needless_fractions() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(2.5), "2.5");
    }

    #[test]
    fn one_line_joins_lines_and_cuts_long_text() {
        assert_eq!(one_line("  Accounts\n server ", 40), "Accounts server");
        assert_eq!(one_line("abcdef", 4), "abc…");
        assert_eq!(one_line("abcd", 4), "abcd");
        assert_eq!(one_line("", 4), "");
    }
}
