//! A small, dependency-free PDF writer for printable documents (the NRM referral): A4
//! pages of headings and wrapped text in the standard Helvetica fonts, which every PDF
//! reader has, so nothing is embedded and nothing is fetched.
//!
//! Text is encoded in WinAnsi (Latin-1 plus typographic quotes and dashes); characters
//! outside it are written as `?`, so the reader should treat the PDF as a print of the
//! record, not the record itself (the JSON keeps every character).

use std::fmt::Write as _;

/// One piece of a document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Heading(String),
    /// A label and its value, e.g. a question and its answer.
    Field(String, String),
    Paragraph(String),
}

/// A laid-out line: bold, font size, x, y, text.
type Line = (bool, f32, f32, f32, String);

const PAGE_W: f32 = 595.0;
const PAGE_H: f32 = 842.0;
const MARGIN: f32 = 56.0;

/// Approximate Helvetica advance width of a character, in 1/1000 em.
fn width(c: char, bold: bool) -> f32 {
    let w = match c {
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' => 278.0,
        'f' | 't' | 'I' | ' ' | '/' | '(' | ')' | '[' | ']' | '-' => 300.0,
        'r' => 333.0,
        'm' | 'M' | 'W' => 833.0,
        'w' => 722.0,
        c if c.is_ascii_uppercase() => 680.0,
        c if c.is_ascii_digit() => 556.0,
        _ => 556.0,
    };
    if bold {
        w * 1.06
    } else {
        w
    }
}

/// Splits text into lines no wider than `max` points at `size`.
fn wrap(text: &str, size: f32, max: f32, bold: bool) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut w = 0.0;
        for word in para.split(' ') {
            let ww: f32 = word.chars().map(|c| width(c, bold)).sum::<f32>() * size / 1000.0;
            let space = width(' ', bold) * size / 1000.0;
            if !line.is_empty() && w + space + ww > max {
                lines.push(std::mem::take(&mut line));
                w = 0.0;
            }
            if !line.is_empty() {
                line.push(' ');
                w += space;
            }
            // A word longer than the line is cut.
            if ww > max {
                for c in word.chars() {
                    let cw = width(c, bold) * size / 1000.0;
                    if w + cw > max {
                        lines.push(std::mem::take(&mut line));
                        w = 0.0;
                    }
                    line.push(c);
                    w += cw;
                }
            } else {
                line.push_str(word);
                w += ww;
            }
        }
        lines.push(line);
    }
    lines
}

/// A string literal in WinAnsi with PDF escapes.
fn literal(s: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in s.chars() {
        let b: u8 = match c {
            '(' | ')' | '\\' => {
                out.push(b'\\');
                c as u8
            }
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201C}' => 0x93,
            '\u{201D}' => 0x94,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            '\u{2022}' => 0x95,
            '\u{20AC}' => 0x80,
            c if (' '..='~').contains(&c) || ('\u{A0}'..='\u{FF}').contains(&c) => c as u32 as u8,
            _ => b'?',
        };
        out.push(b);
    }
    out.push(b')');
    out
}

/// Renders the blocks as an A4 PDF, with a footer line (e.g. the protective marking and
/// reference) and page numbers on every page.
pub fn document(blocks: &[Block], footer: &str) -> Vec<u8> {
    // Lay out: (font, size, x, text) per line, split into pages.
    let max = PAGE_W - 2.0 * MARGIN;
    let mut pages: Vec<Vec<Line>> = vec![vec![]];
    let mut y = PAGE_H - MARGIN;
    let mut put = |bold: bool, size: f32, x: f32, text: String, gap_before: f32, y: &mut f32| {
        let lead = size * 1.35;
        if *y - gap_before - lead < MARGIN + 20.0 {
            pages.push(vec![]);
            *y = PAGE_H - MARGIN;
        } else {
            *y -= gap_before;
        }
        *y -= lead;
        pages
            .last_mut()
            .expect("there is always a page")
            .push((bold, size, x, *y, text));
    };
    for b in blocks {
        match b {
            Block::Title(t) => {
                for l in wrap(t, 18.0, max, true) {
                    put(true, 18.0, MARGIN, l, 0.0, &mut y);
                }
            }
            Block::Heading(t) => {
                for (i, l) in wrap(t, 13.0, max, true).into_iter().enumerate() {
                    put(
                        true,
                        13.0,
                        MARGIN,
                        l,
                        if i == 0 { 10.0 } else { 0.0 },
                        &mut y,
                    );
                }
            }
            Block::Field(label, value) => {
                for (i, l) in wrap(label, 10.0, max, true).into_iter().enumerate() {
                    put(
                        true,
                        10.0,
                        MARGIN,
                        l,
                        if i == 0 { 4.0 } else { 0.0 },
                        &mut y,
                    );
                }
                let v = if value.trim().is_empty() { "-" } else { value };
                for l in wrap(v, 10.0, max - 12.0, false) {
                    put(false, 10.0, MARGIN + 12.0, l, 0.0, &mut y);
                }
            }
            Block::Paragraph(t) => {
                for (i, l) in wrap(t, 10.0, max, false).into_iter().enumerate() {
                    put(
                        false,
                        10.0,
                        MARGIN,
                        l,
                        if i == 0 { 6.0 } else { 0.0 },
                        &mut y,
                    );
                }
            }
        }
    }

    // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Helvetica-Bold, then (page, content) pairs.
    let n = pages.len();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        {
            let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 5 + 2 * i)).collect();
            format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes()
        },
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (i, lines) in pages.iter().enumerate() {
        let mut content: Vec<u8> = Vec::new();
        for (bold, size, x, y, text) in lines {
            let font = if *bold { "F2" } else { "F1" };
            content.extend(format!("BT /{font} {size} Tf {x:.1} {y:.1} Td ").into_bytes());
            content.extend(literal(text));
            content.extend(b" Tj ET\n");
        }
        let foot = format!("{footer}  -  page {} of {n}", i + 1);
        content.extend(format!("BT /F1 8 Tf {MARGIN:.1} 30.0 Td ").into_bytes());
        content.extend(literal(&foot));
        content.extend(b" Tj ET\n");
        let page = format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] \
             /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
            6 + 2 * i
        );
        objects.push(page.into_bytes());
        let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
        stream.extend(content);
        stream.extend(b"\nendstream");
        objects.push(stream);
    }

    let mut out: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).into_bytes());
        out.extend(body);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for o in offsets {
        let _ = writeln!(table, "{o:010} 00000 n ");
    }
    let _ = write!(
        table,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.extend(table.into_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(n: usize) -> Vec<Block> {
        let mut b = vec![Block::Title("NRM referral NRM-2026-00001".into())];
        for i in 0..n {
            b.push(Block::Heading(format!("Section {i}")));
            b.push(Block::Field(
                "How were they treated?".into(),
                "Made to work (long hours) \\ for nothing; £20 a week. ".repeat(8),
            ));
        }
        b
    }

    #[test]
    fn the_cross_reference_table_points_at_each_object() {
        let pdf = document(&blocks(3), "OFFICIAL-SENSITIVE");
        assert!(pdf.starts_with(b"%PDF-1.4"));
        assert!(pdf.ends_with(b"%%EOF\n"));
        // Offsets are in bytes; the header has bytes that are not UTF-8, so search bytes.
        let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).rposition(|w| w == needle);
        let at = find(&pdf, b"startxref\n").unwrap() + 10;
        let tail = std::str::from_utf8(&pdf[at..]).unwrap();
        let xref: usize = tail.lines().next().unwrap().parse().unwrap();
        assert!(
            pdf[xref..].starts_with(b"xref"),
            "startxref points at the table"
        );
        let table = std::str::from_utf8(&pdf[xref..]).unwrap();
        let rows: Vec<&str> = table
            .lines()
            .skip(3)
            .take_while(|l| l.ends_with(" n "))
            .collect();
        assert!(rows.len() >= 6);
        for (i, line) in rows.iter().enumerate() {
            let off: usize = line[..10].parse().unwrap();
            assert!(
                pdf[off..].starts_with(format!("{} 0 obj", i + 1).as_bytes()),
                "object {} at {off}",
                i + 1
            );
        }
    }

    #[test]
    fn long_documents_flow_onto_more_pages_and_text_is_escaped() {
        let pdf = document(&blocks(40), "OFFICIAL-SENSITIVE · NRM-2026-00001");
        let text = String::from_utf8_lossy(&pdf);
        let pages = text.matches("/Type /Page ").count();
        assert!(pages > 1, "{pages} pages");
        assert!(text.contains(&format!("/Count {pages}")));
        assert!(
            text.contains("\\(long hours\\) \\\\ for"),
            "brackets and backslashes escaped"
        );
        assert!(pdf.contains(&0xA3), "the pound sign in WinAnsi");
        assert!(text.contains(&format!("page {pages} of {pages}")));
    }

    #[test]
    fn lines_wrap_within_the_margins_and_long_words_are_cut() {
        let lines = wrap(&"word ".repeat(200), 10.0, 400.0, false);
        assert!(lines.len() > 5);
        for l in &lines {
            let w: f32 = l.chars().map(|c| width(c, false)).sum::<f32>() * 10.0 / 1000.0;
            assert!(w <= 400.0, "{w}");
        }
        assert!(wrap(&"x".repeat(500), 10.0, 100.0, false).len() > 1);
        assert_eq!(
            literal("Tr\u{1EA7}n"),
            b"(Tr?n)".to_vec(),
            "outside WinAnsi becomes ?"
        );
    }
}
