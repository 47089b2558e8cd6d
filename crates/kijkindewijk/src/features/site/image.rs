//! Rules for uploaded images (pure): the type is read from the bytes, never from the name or the
//! browser's word; only PNG, JPEG, WebP and GIF; a size limit; alt text required. Images are
//! served as uploaded (not re-encoded) with the sniffed type and `nosniff`, under the SHA-256 of
//! their bytes.

use sha2::{Digest, Sha256};

use crate::error::FieldErrors;

/// Largest image accepted (the request body limit is a little larger, for the form around it).
pub const MAX_BYTES: usize = 900 * 1024;
/// Longest alt text.
pub const MAX_ALT: usize = 300;

/// An accepted image type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
    /// WebP.
    Webp,
    /// GIF.
    Gif,
}

impl Kind {
    /// The media type it is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Webp => "image/webp",
            Kind::Gif => "image/gif",
        }
    }

    /// The file extension in its URL.
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Png => "png",
            Kind::Jpeg => "jpg",
            Kind::Webp => "webp",
            Kind::Gif => "gif",
        }
    }

    /// The kind of a stored media type.
    pub fn from_content_type(ct: &str) -> Option<Kind> {
        [Kind::Png, Kind::Jpeg, Kind::Webp, Kind::Gif]
            .into_iter()
            .find(|k| k.content_type() == ct)
    }
}

/// The type of an image from its first bytes (magic numbers); `None` for anything else.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Kind::Webp)
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        Some(Kind::Gif)
    } else {
        None
    }
}

/// The name of an image: the hex SHA-256 of its bytes.
pub fn hash(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The public path of an image.
pub fn path(hash: &str, kind: Kind) -> String {
    format!("/afbeeldingen/{hash}.{}", kind.extension())
}

/// Splits `{hash}.{ext}` from a URL; the extension must fit the stored type (checked by the caller).
pub fn parse_file(file: &str) -> Option<(&str, &str)> {
    let (hash, ext) = file.split_once('.')?;
    (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some((hash, ext))
}

/// Checks an upload; returns its type.
pub fn check(bytes: &[u8], alt: &str) -> Result<Kind, FieldErrors> {
    let mut errors = FieldErrors::new();
    let alt = alt.trim();
    if alt.is_empty() {
        errors.add("alt", "site-error-alt");
    } else if alt.chars().count() > MAX_ALT {
        errors.add("alt", "site-error-alt-long");
    }
    crate::web::validate::one_line(alt, "alt", &mut errors);
    let kind = if bytes.is_empty() {
        errors.add("file", "site-error-file");
        None
    } else if bytes.len() > MAX_BYTES {
        errors.add("file", "site-error-file-large");
        None
    } else {
        let kind = sniff(bytes);
        if kind.is_none() {
            errors.add("file", "site-error-file-type");
        }
        kind
    };
    match kind {
        Some(k) if errors.is_empty() => Ok(k),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_by_magic_numbers() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Kind::Png));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Kind::Jpeg));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(Kind::Webp));
        assert_eq!(sniff(b"GIF89a...."), Some(Kind::Gif));
        assert_eq!(sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), None);
        assert_eq!(sniff(b"<html><script>"), None);
        assert_eq!(sniff(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn upload_needs_alt_and_an_image() {
        let png = b"\x89PNG\r\n\x1a\nrest";
        assert_eq!(check(png, "Een veld"), Ok(Kind::Png));
        assert_eq!(
            check(png, " ").unwrap_err().get("alt"),
            Some("site-error-alt")
        );
        let e = check(b"hello", "Tekst").unwrap_err();
        assert_eq!(e.get("file"), Some("site-error-file-type"));
        let big = [png.as_slice(), &vec![0u8; MAX_BYTES]].concat();
        assert_eq!(
            check(&big, "a").unwrap_err().get("file"),
            Some("site-error-file-large")
        );
    }

    #[test]
    fn file_names() {
        let h = hash(b"x");
        assert_eq!(h.len(), 64);
        assert_eq!(parse_file(&format!("{h}.png")), Some((h.as_str(), "png")));
        assert_eq!(parse_file("../etc.png"), None);
        assert_eq!(Kind::from_content_type("image/gif"), Some(Kind::Gif));
    }
}
