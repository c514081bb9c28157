//! What lets the planner work offline and be installed, written into the build after Trunk
//! (and the language tables) by the post-build hook: the web app manifest with its icons (the
//! SVG of `web/icon.svg`, and PNGs drawn here from the same shapes, with no network), and the
//! service worker `sw.js`: `web/sw.js` preceded by this build's version and the list of its
//! files, each with a hash of its bytes, so that a worker caches exactly one build and a new
//! build is a new worker.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The service worker's code; its first lines, the build's list, are written before it.
pub const WORKER: &str = include_str!("../../sw.js");
/// The icon, as the page shows it (`<link rel=icon>`).
pub const ICON_SVG: &str = include_str!("../../icon.svg");
/// The worker's file, at the app's root so that its scope is the app's folder.
pub const WORKER_FILE: &str = "sw.js";
/// The manifest, linked from `index.html`.
pub const MANIFEST_FILE: &str = "manifest.webmanifest";
/// The sizes of the PNG icons: the two an installable app needs.
pub const PNG_SIZES: [u32; 2] = [192, 512];

/// The page's background (`--bg` in `web/style.css`): the installed app's window and splash.
const BACKGROUND: &str = "#f6f5f1";

/// The manifest. Every address is relative to it, so that the planner installs and starts
/// wherever it is served (`/`, `/planner/`, …).
pub fn manifest() -> String {
    let mut icons = String::from(
        "    { \"src\": \"icons/icon.svg\", \"sizes\": \"any\", \"type\": \"image/svg+xml\" }",
    );
    for s in PNG_SIZES {
        let _ = write!(
            icons,
            ",\n    {{ \"src\": \"icons/icon-{s}.png\", \"sizes\": \"{s}x{s}\", \"type\": \"image/png\" }}"
        );
    }
    format!(
        "{{\n  \"name\": \"Provisioning Planner\",\n  \"short_name\": \"Planner\",\n  \
         \"description\": \"Plan SSO user provisioning for Claude and Claude Console organizations, \
         and see what saving does to every user before you save.\",\n  \
         \"id\": \"./\",\n  \"start_url\": \"./\",\n  \"scope\": \"./\",\n  \
         \"display\": \"standalone\",\n  \"background_color\": \"{BACKGROUND}\",\n  \
         \"theme_color\": \"{BACKGROUND}\",\n  \"icons\": [\n{icons}\n  ]\n}}\n"
    )
}

/// FNV-1a, 32 bits, of a file's bytes, as 8 hex digits; the worker computes the same of what
/// it downloads, and keeps nothing that differs (a file of another build).
pub fn file_hash(bytes: &[u8]) -> String {
    let h = bytes.iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    });
    format!("{h:08x}")
}

/// FNV-1a, 64 bits, of the list: the build's version, which names its cache.
fn version(list: &str) -> String {
    let h = list.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{h:016x}")
}

/// The files of a build under `dist`, as `(address relative to the app, path)`, sorted: every
/// file but the worker itself and hidden ones (Trunk's staging folder); `index.html` is kept
/// as `./`, the address a visitor opens.
pub fn files_of(dist: &Path) -> Result<Vec<(String, PathBuf)>, String> {
    fn walk(dir: &Path, rel: &str, out: &mut Vec<(String, PathBuf)>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let path = entry.path();
            let address = format!("{rel}{name}");
            if path.is_dir() {
                walk(&path, &format!("{address}/"), out)?;
            } else if address == "index.html" {
                out.push(("./".to_owned(), path));
            } else if address != WORKER_FILE {
                out.push((address, path));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dist, "", &mut out)?;
    out.sort();
    Ok(out)
}

/// The worker of the build under `dist`: its version and list, then [`WORKER`].
pub fn worker(dist: &Path) -> Result<String, String> {
    let mut list = String::new();
    for (address, path) in files_of(dist)? {
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if address.contains(['"', '\\', '\n']) {
            return Err(format!("{}: a name the worker cannot list", path.display()));
        }
        let _ = writeln!(list, "  [\"{address}\", \"{}\"],", file_hash(&bytes));
    }
    Ok(format!(
        "// Written by the build (web/i18n/src/offline.rs): this build's version, and its files\n\
         // with the FNV-1a hash of their bytes.\n\
         const VERSION = '{}';\nconst FILES = [\n{list}];\n\n{WORKER}",
        version(&list)
    ))
}

/// Writes the icons and the manifest under `dist`, then the worker, which lists them with
/// every other file of the build; returns the files written.
pub fn write_offline(dist: &Path) -> Result<Vec<PathBuf>, String> {
    let write = |rel: &str, bytes: &[u8]| -> Result<PathBuf, String> {
        let path = dist.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(path)
    };
    let mut written = vec![write("icons/icon.svg", ICON_SVG.as_bytes())?];
    for s in PNG_SIZES {
        written.push(write(&format!("icons/icon-{s}.png"), &icon_png(s))?);
    }
    written.push(write(MANIFEST_FILE, manifest().as_bytes())?);
    written.push(write(WORKER_FILE, worker(dist)?.as_bytes())?);
    Ok(written)
}

// --- the PNG icons ---------------------------------------------------------------------------

/// The icon's colours (`web/icon.svg`): the tile, and the mark drawn on it.
const TILE: [f32; 3] = [154.0, 74.0, 38.0];
const MARK: [f32; 3] = [255.0, 255.0, 255.0];

/// How much of a pixel a shape covers, from the signed distance (in pixels) of its centre to
/// the shape's edge: a one-pixel ramp, which smooths the edges as a renderer would.
fn coverage(distance_px: f32) -> f32 {
    (0.5 - distance_px).clamp(0.0, 1.0)
}

/// Distance from `p` to the segment `a`–`b`.
fn to_segment(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// The icon's shapes in its 32 × 32 box, as signed distances from `p` (negative inside): the
/// tile (`<rect width=32 height=32 rx=7>`) and the mark (the path `M9 22l7-12 7 12`, 3 wide
/// with round caps and joins, and the circle of radius 2.2 at 16,22).
fn shapes(p: (f32, f32)) -> (f32, f32) {
    let (qx, qy) = ((p.0 - 16.0).abs() - 9.0, (p.1 - 16.0).abs() - 9.0);
    let tile = qx.max(0.0).hypot(qy.max(0.0)) + qx.max(qy).min(0.0) - 7.0;
    let stroke =
        to_segment(p, (9.0, 22.0), (16.0, 10.0)).min(to_segment(p, (16.0, 10.0), (23.0, 22.0)))
            - 1.5;
    let dot = (p.0 - 16.0).hypot(p.1 - 22.0) - 2.2;
    (tile, stroke.min(dot))
}

/// The icon's RGBA pixels at `size` × `size`, row by row.
pub fn icon_pixels(size: u32) -> Vec<u8> {
    let scale = size as f32 / 32.0;
    let mut out = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let p = ((x as f32 + 0.5) / scale, (y as f32 + 0.5) / scale);
            let (tile, mark) = shapes(p);
            let (a, m) = (coverage(tile * scale), coverage(mark * scale));
            for c in 0..3 {
                let tile_c = TILE.get(c).copied().unwrap_or_default();
                let mark_c = MARK.get(c).copied().unwrap_or_default();
                out.push((tile_c + (mark_c - tile_c) * m).round() as u8);
            }
            out.push((a * 255.0).round() as u8);
        }
    }
    out
}

/// CRC-32 (ISO 3309, as PNG asks) of a chunk's type and data.
fn crc32(parts: &[&[u8]]) -> u32 {
    let mut c = 0xffff_ffff_u32;
    for b in parts.iter().flat_map(|p| p.iter()) {
        c ^= u32::from(*b);
        for _ in 0..8 {
            c = if c & 1 == 1 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// The icon as a PNG of `size` × `size` (8-bit RGBA, deflated).
pub fn icon_png(size: u32) -> Vec<u8> {
    let pixels = icon_pixels(size);
    let row = (size * 4) as usize;
    let mut raw = Vec::with_capacity(pixels.len() + size as usize);
    for line in pixels.chunks(row) {
        raw.push(0); // no filter
        raw.extend_from_slice(line);
    }
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&size.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [
        (b"IHDR", header),
        (b"IDAT", miniz_oxide::deflate::compress_to_vec_zlib(&raw, 9)),
        (b"IEND", Vec::new()),
    ] {
        png.extend_from_slice(&(data.len() as u32).to_be_bytes());
        png.extend_from_slice(kind);
        png.extend_from_slice(&data);
        png.extend_from_slice(&crc32(&[kind, &data]).to_be_bytes());
    }
    png
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(pixels: &[u8], size: u32, x: u32, y: u32) -> Vec<u8> {
        let at = ((y * size + x) * 4) as usize;
        pixels.get(at..at + 4).map(<[u8]>::to_vec).unwrap()
    }

    #[test]
    fn the_png_is_drawn_from_the_shapes_of_the_svg() {
        // The numbers `shapes` draws, as the SVG has them.
        for part in [
            "viewBox=\"0 0 32 32\"",
            "width=\"32\" height=\"32\" rx=\"7\" fill=\"#9a4a26\"",
            "d=\"M9 22l7-12 7 12\"",
            "stroke=\"#fff\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"",
            "cx=\"16\" cy=\"22\" r=\"2.2\" fill=\"#fff\"",
        ] {
            assert!(ICON_SVG.contains(part), "web/icon.svg changed: {part}");
        }
        let size = 64;
        let p = icon_pixels(size);
        assert_eq!(p.len(), (size * size * 4) as usize);
        assert_eq!(
            pixel(&p, size, 0, 0)[3],
            0,
            "the rounded corner is transparent"
        );
        assert_eq!(pixel(&p, size, 4, 32), vec![154, 74, 38, 255], "the tile");
        assert_eq!(pixel(&p, size, 32, 44), vec![255, 255, 255, 255], "the dot");
        assert_eq!(
            pixel(&p, size, 32, 21),
            vec![255, 255, 255, 255],
            "the apex"
        );
        assert_eq!(
            pixel(&p, size, 32, 34),
            vec![154, 74, 38, 255],
            "inside the chevron"
        );
    }

    #[test]
    fn the_png_is_a_valid_png() {
        let png = icon_png(192);
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        // Walk the chunks: lengths and CRCs agree, and the image inflates to its pixels.
        let mut at = 8;
        let mut kinds = Vec::new();
        let mut idat = Vec::new();
        while at < png.len() {
            let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
            let kind = &png[at + 4..at + 8];
            let data = &png[at + 8..at + 8 + len];
            let crc = u32::from_be_bytes(png[at + 8 + len..at + 12 + len].try_into().unwrap());
            assert_eq!(crc, crc32(&[kind, data]));
            kinds.push(String::from_utf8_lossy(kind).into_owned());
            if kind == b"IDAT" {
                idat.extend_from_slice(data);
            }
            at += 12 + len;
        }
        assert_eq!(kinds, ["IHDR", "IDAT", "IEND"]);
        let raw = miniz_oxide::inflate::decompress_to_vec_zlib(&idat).unwrap();
        assert_eq!(raw.len(), 192 * (192 * 4 + 1));
        assert!(
            png.len() < 8_000,
            "a flat icon deflates well: {} bytes",
            png.len()
        );
        // The check value of CRC-32.
        assert_eq!(crc32(&[b"123456789"]), 0xcbf4_3926);
    }

    #[test]
    fn the_worker_lists_every_file_with_its_hash_and_changes_with_any() {
        let dir = std::env::temp_dir().join(format!("provplan-offline-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("i18n")).unwrap();
        std::fs::create_dir_all(dir.join(".stage")).unwrap();
        for (f, text) in [
            ("index.html", "<!doctype html>"),
            ("app-1.js", "js"),
            ("i18n/de-1.txt", "de"),
            (".stage/x", "staging"),
        ] {
            std::fs::write(dir.join(f), text).unwrap();
        }
        let written = write_offline(&dir).unwrap();
        assert_eq!(written.len(), 5);
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(sw.contains(&format!("[\"./\", \"{}\"]", file_hash(b"<!doctype html>"))));
        assert!(sw.contains(&format!("[\"i18n/de-1.txt\", \"{}\"]", file_hash(b"de"))));
        for f in [
            "app-1.js",
            "manifest.webmanifest",
            "icons/icon.svg",
            "icons/icon-192.png",
            "icons/icon-512.png",
        ] {
            assert!(sw.contains(&format!("[\"{f}\", ")), "{f} is listed");
        }
        assert!(!sw.contains("sw.js\""), "the worker does not list itself");
        assert!(!sw.contains("index.html\""), "the page is listed as ./");
        assert!(!sw.contains("staging"));
        assert!(sw.ends_with(WORKER));

        // Written again, it is the same worker; a file changed, it is another version.
        assert_eq!(worker(&dir).unwrap(), sw);
        std::fs::write(dir.join("app-1.js"), "js2").unwrap();
        let again = worker(&dir).unwrap();
        let version = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("const VERSION"))
                .map(str::to_owned)
        };
        assert_ne!(version(&again), version(&sw));
        assert!(version(&sw).is_some());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_manifest_is_json_with_relative_addresses() {
        let m = manifest();
        let v: serde_json::Value = serde_json::from_str(&m).unwrap();
        assert_eq!(v["start_url"], "./");
        assert_eq!(v["scope"], "./");
        assert_eq!(v["display"], "standalone");
        assert_eq!(v["icons"].as_array().map(Vec::len), Some(3));
        assert_eq!(v["icons"][2]["src"], "icons/icon-512.png");
    }
}
