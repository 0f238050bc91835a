//! `sightline indicators`: run the text engine over JSON Lines or one text.
//!
//! File mode streams: lines are read in bounded chunks, each chunk is
//! analysed on all cores (`std::thread::scope`, contiguous slices so output
//! order is kept), then written out before the next chunk is read. Output
//! goes to a temporary file beside the target and is renamed into place only
//! when every line succeeded, so a malformed line leaves no partial output.
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use clap::Args as ClapArgs;
use serde::Serialize;
use sightline_text::{
    label_of, Analysis, Analyzer, EXPLOITATION_TYPES, INDICATOR_CODES, SIGN_CODES,
};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// JSON Lines input, one `{"id": …, "text": …}` per line.
    #[arg(long)]
    pub input: Option<std::path::PathBuf>,
    /// JSON Lines output (default: standard output).
    #[arg(long)]
    pub output: Option<std::path::PathBuf>,
    /// One text to analyse; prints a readable summary.
    #[arg(long)]
    pub text: Option<String>,
    /// With --text: print the JSON object instead of the summary.
    #[arg(long)]
    pub json: bool,
    /// Worker threads for file mode (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(Serialize)]
struct Output<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    analysis: &'a Analysis<'a>,
}

#[derive(serde::Deserialize)]
struct Input {
    id: Option<serde_json::Value>,
    text: Option<String>,
}

/// Lines per chunk and bytes per chunk: memory stays bounded whatever the file size.
const CHUNK_LINES: usize = 4096;
const CHUNK_BYTES: usize = 8 << 20;

pub fn run(args: Args) -> anyhow::Result<()> {
    let analyzer = Analyzer::new();
    match (&args.text, &args.input) {
        (Some(_), Some(_)) => bail!("give either --text or --input, not both"),
        (Some(text), None) => {
            let a = analyzer.analyze(text);
            let rendered = if args.json {
                let out = Output {
                    id: &serde_json::Value::Null,
                    analysis: &a,
                };
                serde_json::to_string_pretty(&out)? + "\n"
            } else {
                summary(text, &a)
            };
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(rendered.as_bytes())
                .and_then(|_| stdout.flush())
            {
                // A closed pipe (`| head`) is not an error for a summary.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => Ok(r?),
            }
        }
        (None, Some(input)) => {
            let threads = args
                .threads
                .unwrap_or_else(|| {
                    std::thread::available_parallelism()
                        .map(|n| n.get())
                        .unwrap_or(1)
                })
                .max(1);
            run_file(&analyzer, input, args.output.as_deref(), threads)
        }
        (None, None) => bail!("give --text \"…\" or --input FILE.jsonl [--output OUT.jsonl]"),
    }
}

fn run_file(
    analyzer: &Analyzer,
    input: &Path,
    output: Option<&Path>,
    threads: usize,
) -> anyhow::Result<()> {
    let file = File::open(input).with_context(|| format!("cannot open {}", input.display()))?;
    let reader = BufReader::with_capacity(1 << 20, file);
    match output {
        None => {
            let stdout = std::io::stdout();
            let mut w = BufWriter::with_capacity(1 << 20, stdout.lock());
            process(analyzer, input, reader, &mut w, threads)?;
            w.flush()?;
            Ok(())
        }
        Some(out) => {
            let tmp = temp_path(out);
            let result = (|| -> anyhow::Result<()> {
                let f = File::create(&tmp)
                    .with_context(|| format!("cannot create {}", tmp.display()))?;
                let mut w = BufWriter::with_capacity(1 << 20, f);
                process(analyzer, input, reader, &mut w, threads)?;
                let f = w.into_inner().map_err(|e| e.into_error())?;
                f.sync_all().ok();
                std::fs::rename(&tmp, out)
                    .with_context(|| format!("cannot write {}", out.display()))?;
                Ok(())
            })();
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
    }
}

fn temp_path(out: &Path) -> PathBuf {
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    out.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

fn process<R: BufRead, W: Write>(
    analyzer: &Analyzer,
    path: &Path,
    mut reader: R,
    w: &mut W,
    threads: usize,
) -> anyhow::Result<()> {
    let mut lineno = 0usize;
    let mut chunk: Vec<(usize, String)> = Vec::with_capacity(CHUNK_LINES);
    let mut results: Vec<Result<String, String>> = Vec::with_capacity(CHUNK_LINES);
    loop {
        chunk.clear();
        let mut bytes = 0usize;
        while chunk.len() < CHUNK_LINES && bytes < CHUNK_BYTES {
            let mut line = String::new();
            let n = reader.read_line(&mut line).with_context(|| {
                format!(
                    "{}: line {}: cannot read (not UTF-8?)",
                    path.display(),
                    lineno + 1
                )
            })?;
            if n == 0 {
                break;
            }
            lineno += 1;
            if line.trim().is_empty() {
                continue;
            }
            bytes += n;
            chunk.push((lineno, line));
        }
        if chunk.is_empty() {
            break;
        }
        analyse_chunk(analyzer, &chunk, &mut results, threads);
        for ((ln, _), r) in chunk.iter().zip(results.drain(..)) {
            match r {
                Ok(s) => {
                    w.write_all(s.as_bytes())?;
                    w.write_all(b"\n")?;
                }
                Err(e) => bail!("{}: line {}: {}", path.display(), ln, e),
            }
        }
    }
    Ok(())
}

fn analyse_chunk(
    analyzer: &Analyzer,
    chunk: &[(usize, String)],
    results: &mut Vec<Result<String, String>>,
    threads: usize,
) {
    results.clear();
    let per = chunk.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = chunk
            .chunks(per)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|(_, l)| analyse_line(analyzer, l))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            match h.join() {
                Ok(v) => results.extend(v),
                Err(_) => results.push(Err("internal error while analysing".into())),
            }
        }
    });
}

fn analyse_line(analyzer: &Analyzer, line: &str) -> Result<String, String> {
    let inp: Input = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let id = inp.id.ok_or("missing \"id\"")?;
    if !(id.is_string() || id.is_number()) {
        return Err("\"id\" must be a string or a number".into());
    }
    let text = inp.text.ok_or("missing \"text\" (a string)")?;
    let a = analyzer.analyze(&text);
    serde_json::to_string(&Output {
        id: &id,
        analysis: &a,
    })
    .map_err(|e| e.to_string())
}

fn summary(text: &str, a: &Analysis) -> String {
    use std::fmt::Write as _;
    let mut o = String::new();
    let _ = writeln!(o, "Risk: {}", a.risk.level.as_str().to_uppercase());
    for r in &a.risk.reasons {
        let _ = writeln!(o, "  - {r}");
    }
    let _ = writeln!(o);
    let section = |o: &mut String,
                   title: &str,
                   list: &'static [sightline_text::Code],
                   items: Vec<(&str, f32, &Vec<sightline_text::Evidence>)>| {
        if items.is_empty() {
            let _ = writeln!(o, "{title}: none\n");
            return;
        }
        let _ = writeln!(o, "{title} ({}):", items.len());
        for (code, conf, ev) in items {
            let _ = writeln!(
                o,
                "  - {} [{code}]  confidence {conf:.2}",
                label_of(list, code)
            );
            for e in ev {
                let _ = writeln!(o, "      \"{}\"  (chars {}-{})", e.text, e.start, e.end);
            }
        }
        let _ = writeln!(o);
    };
    section(
        &mut o,
        "Indicators",
        INDICATOR_CODES,
        a.indicators
            .iter()
            .map(|f| (f.code, f.confidence, &f.evidence))
            .collect(),
    );
    section(
        &mut o,
        "Exploitation types",
        EXPLOITATION_TYPES,
        a.exploitation
            .iter()
            .map(|f| (f.kind, f.confidence, &f.evidence))
            .collect(),
    );
    section(
        &mut o,
        "Signs",
        SIGN_CODES,
        a.signs
            .iter()
            .map(|f| (f.code, f.confidence, &f.evidence))
            .collect(),
    );
    if a.entities.is_empty() {
        let _ = writeln!(o, "Entities: none");
    } else {
        let _ = writeln!(o, "Entities ({}):", a.entities.len());
        for e in &a.entities {
            let _ = writeln!(
                o,
                "  - {:<8} {}  ->  {}  (chars {}-{})",
                e.kind.as_str(),
                e.text,
                e.normalised,
                e.start,
                e.end
            );
        }
    }
    if text.trim().is_empty() {
        let _ = writeln!(o, "(empty text)");
    }
    o
}
