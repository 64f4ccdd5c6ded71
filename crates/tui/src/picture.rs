//! Pictures in the terminal through ratatui-image: the terminal's graphics protocol
//! (kitty, sixel, iTerm2) is asked once at start, and half-blocks (coloured `▀` cells,
//! which every terminal shows) are used when the terminal does not answer in time — over
//! SSH and in tmux too — so the query never hangs nor leaves stray bytes on the screen.

use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use image::DynamicImage;
use ratatui::Frame;
use ratatui::layout::{Rect, Size};
use ratatui_image::picker::Picker;
use ratatui_image::picker::cap_parser::QueryStdioOptions;
use ratatui_image::protocol::Protocol;
use ratatui_image::{Image, Resize};

/// How long the terminal has to answer the graphics query.
const QUERY_TIMEOUT: Duration = Duration::from_millis(800);

/// Whether the terminal is a multiplexer (tmux, screen). They do not answer the whole
/// graphics query, and ratatui-image's reader thread, left waiting after the timeout,
/// then swallows the operator's first key — so they get half-blocks without asking.
pub fn multiplexed(var: impl Fn(&str) -> Option<String>) -> bool {
    var("TMUX").is_some_and(|v| !v.is_empty())
        || var("STY").is_some_and(|v| !v.is_empty())
        || var("TERM").is_some_and(|t| t.starts_with("screen") || t.starts_with("tmux"))
}

/// Asks the terminal how it draws pictures; half-blocks when it cannot tell or is a
/// multiplexer. Call once, in raw mode, before the key reader starts.
pub fn query() -> Picker {
    if multiplexed(|v| std::env::var(v).ok()) {
        return Picker::halfblocks();
    }
    let options = QueryStdioOptions { timeout: QUERY_TIMEOUT, ..QueryStdioOptions::default() };
    match Picker::from_query_stdio_with_options(options) {
        Ok(picker) => picker,
        Err(e) => {
            tracing::info!(error = %e, "no terminal graphics; pictures are drawn with half-blocks");
            Picker::halfblocks()
        }
    }
}

/// A decoded picture and its encoding for the last area it was drawn in.
pub struct Picture {
    image: Arc<DynamicImage>,
    encoded: RefCell<Option<(Rect, Option<Protocol>)>>,
}

impl fmt::Debug for Picture {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Picture({}×{})", self.image.width(), self.image.height())
    }
}

impl Picture {
    /// A picture to draw.
    pub fn new(image: Arc<DynamicImage>) -> Picture {
        Picture { image, encoded: RefCell::new(None) }
    }

    /// Draws the picture scaled to fit `area`, keeping its proportions. The encoding is
    /// made again only when the area changes (a resize), not on every frame.
    pub fn draw(&self, f: &mut Frame, area: Rect, picker: &Picker) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        let mut cache = self.encoded.borrow_mut();
        if cache.as_ref().is_none_or(|(at, _)| *at != area) {
            let size = Size::new(area.width, area.height);
            let protocol = picker.new_protocol((*self.image).clone(), size, Resize::Scale(None)).ok();
            *cache = Some((area, protocol));
        }
        if let Some((_, Some(protocol))) = cache.as_ref() {
            f.render_widget(Image::new(protocol), area);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::style::Color;

    /// A 4×4 PNG: the top half red, the bottom half blue.
    fn two_colour_png() -> Vec<u8> {
        let image =
            image::RgbImage::from_fn(
                4,
                4,
                |_, y| if y < 2 { image::Rgb([255, 0, 0]) } else { image::Rgb([0, 0, 255]) },
            );
        let mut bytes = std::io::Cursor::new(Vec::new());
        DynamicImage::ImageRgb8(image).write_to(&mut bytes, image::ImageFormat::Png).expect("encode");
        bytes.into_inner()
    }

    #[test]
    fn half_blocks_draw_a_small_png_in_its_colours() {
        let (image, size) = crate::draft_file::decode(&two_colour_png()).expect("a PNG decodes");
        assert_eq!(size, (4, 4));
        let picture = Picture::new(Arc::new(image));
        let mut terminal = Terminal::new(TestBackend::new(8, 4)).expect("terminal");
        terminal.draw(|f| picture.draw(f, f.area(), &Picker::halfblocks())).expect("draw");
        let buffer = terminal.backend().buffer();
        let cells: Vec<_> = buffer.content().iter().filter(|c| c.symbol() == "▀").collect();
        assert!(!cells.is_empty(), "the picture is drawn in half-blocks:\n{buffer:?}");
        let colours = |c: &&ratatui::buffer::Cell| (c.fg, c.bg);
        assert!(cells.iter().map(colours).any(|(fg, _)| fg == Color::Rgb(255, 0, 0)), "red on top");
        assert!(
            cells.iter().map(colours).any(|(_, bg)| bg == Color::Rgb(0, 0, 255))
                || cells.iter().map(colours).any(|(fg, _)| fg == Color::Rgb(0, 0, 255)),
            "blue below"
        );
    }

    #[test]
    fn multiplexers_are_not_queried() {
        assert!(multiplexed(|v| (v == "TMUX").then(|| "/tmp/tmux-0/default,1,0".to_string())));
        assert!(multiplexed(|v| (v == "TERM").then(|| "screen-256color".to_string())));
        assert!(!multiplexed(|v| (v == "TERM").then(|| "xterm-kitty".to_string())));
    }

    #[test]
    fn bytes_that_are_no_picture_are_refused() {
        assert!(crate::draft_file::decode(b"\x00\x00\x00\x18ftypmp42 not a picture").is_none());
    }
}
