//! A sealed typst world: one bundled template, one data file, the bundled fonts.
//!
//! The template reads the plan only as JSON data (`json("/data.json")`), so text a person
//! typed is never parsed as markup. The world answers no other file: no file system, no
//! packages, no network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::PagedDocument;

/// The fonts every document may use, embedded in the program.
static FONT_FILES: [&[u8]; 8] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Italic.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-BoldItalic.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansHebrew-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansHebrew-Bold.ttf"),
];

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable_path(path));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

#[cold]
fn unreachable_path(path: &str) -> VirtualPath {
    // Only the two fixed paths below are ever asked for; they are valid.
    panic!("invalid built-in path {path}")
}

const MAIN_PATH: &str = "/main.typ";
const DATA_PATH: &str = "/data.json";

/// The world one document is typeset in.
struct SealedWorld {
    main: Source,
    data: Bytes,
    today: Datetime,
}

impl World for SealedWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == file_id(DATA_PATH) {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

/// Typesetting failed: the template and the data did not make a document.
#[derive(Debug, thiserror::Error)]
#[error("Could not lay out the document: {0}")]
pub struct TypesetError(pub String);

fn describe(diagnostics: &[SourceDiagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| d.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Typesets `template` with `data` (JSON) and returns the PDF bytes.
///
/// `today` fixes the document's date, so the same plan gives the same PDF.
pub fn pdf(
    template: &str,
    data: Vec<u8>,
    today: chrono::NaiveDate,
) -> Result<Vec<u8>, TypesetError> {
    pdf_counted(template, data, today).map(|(pdf, _)| pdf)
}

/// [`pdf`], with the number of pages.
pub fn pdf_counted(
    template: &str,
    data: Vec<u8>,
    today: chrono::NaiveDate,
) -> Result<(Vec<u8>, usize), TypesetError> {
    use chrono::Datelike as _;
    let noon = Datetime::from_ymd_hms(
        today.year(),
        u8::try_from(today.month()).unwrap_or(1),
        u8::try_from(today.day()).unwrap_or(1),
        12,
        0,
        0,
    )
    .ok_or_else(|| TypesetError(format!("the date {today} is out of range")))?;
    let document = typeset(template, data, today)?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom("backup-planner".to_owned()),
        timestamp: Some(typst_pdf::Timestamp::new_utc(noon)),
        ..typst_pdf::PdfOptions::default()
    };
    let pages = document.pages().len();
    typst_pdf::pdf(&document, &options)
        .map(|pdf| (pdf, pages))
        .map_err(|errors| TypesetError(describe(&errors)))
}

/// Lays out `template` with `data` in a world that sees nothing else, dated `today`.
fn typeset(
    template: &str,
    data: Vec<u8>,
    today: chrono::NaiveDate,
) -> Result<PagedDocument, TypesetError> {
    use chrono::Datelike as _;
    let today = Datetime::from_ymd(
        today.year(),
        u8::try_from(today.month()).unwrap_or(1),
        u8::try_from(today.day()).unwrap_or(1),
    )
    .ok_or_else(|| TypesetError(format!("the date {today} is out of range")))?;
    let world = SealedWorld {
        main: Source::new(file_id(MAIN_PATH), template.to_owned()),
        data: Bytes::new(data),
        today,
    };
    typst::compile(&world)
        .output
        .map_err(|errors| TypesetError(describe(&errors)))
}

/// One page of a document drawn as an image: premultiplied RGBA, row by row.
pub struct PageImage {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// Typesets `template` with `data` as [`pdf`] does and draws its pages as images at
/// `pixels_per_point`, handing each to `each` (with the number of pages) as soon as it is
/// drawn, the first page first; `each` returns false to stop.
pub fn pages(
    template: &str,
    data: Vec<u8>,
    today: chrono::NaiveDate,
    pixels_per_point: f32,
    mut each: impl FnMut(usize, PageImage) -> bool,
) -> Result<(), TypesetError> {
    let document = typeset(template, data, today)?;
    let options = typst_render::RenderOptions {
        pixel_per_pt: typst::utils::Scalar::new(f64::from(pixels_per_point.clamp(0.1, 8.0))),
        render_bleed: false,
    };
    let count = document.pages().len();
    for page in document.pages() {
        let pixmap = typst_render::render(page, &options);
        let image = PageImage {
            width: pixmap.width(),
            height: pixmap.height(),
            rgba: pixmap.take(),
        };
        if !each(count, image) {
            break;
        }
    }
    Ok(())
}

/// Lets go of the layout typst remembers from the documents made so far.
///
/// typst keeps every piece of layout it did, to be quick when the same document is laid
/// out again. A program that prints a document now and then gains little from that, and
/// the procedure of a 2,000-system plan leaves some 700 MB behind. Letting go takes a
/// while for a large document (some 190 ms for 2,000 systems), so a window does it on
/// another thread; a command that exits anyway need not do it at all.
pub fn forget_layouts() {
    comemo::evict(0);
}
