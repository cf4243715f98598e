//! Colours, sizes and text styles: the one place the look is decided.

use egui::{Color32, FontId, TextStyle};

/// Text that needs attention: a value that does not parse, a refused action.
pub const ERROR: Color32 = Color32::from_rgb(0xc0, 0x39, 0x2b);
/// Something to look at soon: an outdated approval, a review due.
pub const WARNING: Color32 = Color32::from_rgb(0xb9, 0x77, 0x0e);
/// Done and fine.
pub const GOOD: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
/// Secondary text: hints, guidance, empty tables.
pub const MUTED: Color32 = Color32::from_rgb(0x6b, 0x72, 0x80);
/// The accent of the current step.
pub const ACCENT: Color32 = Color32::from_rgb(0x1f, 0x5f, 0xa8);

/// How tall a chart of step 14 is.
pub const CHART_HEIGHT: f32 = 130.0;
/// The narrowest a chart of step 14 gets before the charts stand one below the other.
pub const CHART_MIN_WIDTH: f32 = 170.0;
/// The tallest an editable table grows before it scrolls.
pub const TABLE_MAX_HEIGHT: f32 = 360.0;
/// Most height a step's list of review changes takes before it scrolls: about ten lines.
pub const CHANGES_HEIGHT: f32 = 200.0;
/// Width of the step list on the left, where the window has room for it.
pub const STEP_LIST_WIDTH: f32 = 300.0;
/// The narrowest the step list gets (in a narrow window) and can be made.
pub const STEP_LIST_MIN_WIDTH: f32 = 170.0;
/// Width of the findings panel on the right.
pub const FINDINGS_WIDTH: f32 = 300.0;
/// The narrowest the findings panel can be made: its words still wrap between words.
pub const FINDINGS_MIN_WIDTH: f32 = 240.0;
/// The least width the page in the middle keeps: the findings panel folds away into a
/// window of its own before the page gets narrower than this.
pub const MIN_PAGE_WIDTH: f32 = 560.0;

/// Applies the app's look: light, calm, and a little larger than egui's default text.
pub fn apply(ctx: &egui::Context) {
    ctx.set_theme(egui::Theme::Light);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(22.0)),
            (TextStyle::Body, FontId::proportional(14.5)),
            (TextStyle::Button, FontId::proportional(14.5)),
            (TextStyle::Monospace, FontId::monospace(13.5)),
            (TextStyle::Small, FontId::proportional(12.0)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        // Scroll bars that are always there tell a person that more is out of sight.
        style.spacing.scroll = egui::style::ScrollStyle::solid();
    });
}
