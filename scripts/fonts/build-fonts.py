#!/usr/bin/env python3
"""Regenerate the bundled, pre-subset open fonts in fonts/.

Reads the fonts installed by Debian's packages and writes five single-face
OpenType files, plus their licence files and fonts/README.md: four CJK faces
subset to the bulletin character set, and a monospaced Latin face for code
(no CJK: Chinese in code falls back to the CJK faces at run time):

    title  fonts/NotoSerifSC-Black.otf     Noto Serif CJK SC Black   (fonts-noto-cjk-extra)
    body   fonts/NotoSerifSC-Regular.otf   Noto Serif CJK SC Regular (fonts-noto-cjk)
    hei    fonts/NotoSansSC-Medium.otf     Noto Sans CJK SC Medium   (fonts-noto-cjk-extra)
    kai    fonts/BulletinKai-Regular.ttf   LXGW WenKai Regular, renamed "Bulletin Kai"
                                           (fonts-lxgw-wenkai)
    mono   fonts/NotoSansMono-Regular.ttf  Noto Sans Mono Regular    (fonts-noto-mono)

Usage (from the repository root):

    apt-get install fonts-noto-cjk fonts-noto-cjk-extra fonts-lxgw-wenkai fonts-noto-mono python3-fonttools
    python3 scripts/fonts/build-fonts.py            # build fonts/
    python3 scripts/fonts/build-fonts.py --check    # build into a temp dir, compare with fonts/

The output is deterministic: the same inputs give byte-identical files.
"""

import os
import sys

# Debian's python3-fonttools lives in /usr/lib/python3/dist-packages, which a
# python3 from pyenv/venv does not see: re-run under the system interpreter.
try:
    import fontTools  # noqa: F401
except ImportError:  # pragma: no cover - depends on the machine
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("build-fonts.py: fontTools not found; apt-get install python3-fonttools")

import argparse
import filecmp
import hashlib
import io
import re
import subprocess
import tempfile
import unicodedata

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FONTS_DIR = os.path.join(REPO, "fonts")
TONGYONG_FILE = os.path.join(HERE, "tongyong-guifan-8105.txt")

NOTO_DIR = "/usr/share/fonts/opentype/noto"
KAI_DIR = "/usr/share/fonts/truetype/lxgw-wenkai"
MONO_DIR = "/usr/share/fonts/truetype/noto"

# role, output file, source file, PostScript name of the face to take,
# Debian package, licence file; charset "cjk" (the bulletin character set,
# wanted_codepoints) or "code" (code_codepoints); layout features to drop from
# the kept set.
FACES = [
    dict(role="title", out="NotoSerifSC-Black.otf", src=f"{NOTO_DIR}/NotoSerifCJK-Black.ttc",
         psname="NotoSerifCJKsc-Black", package="fonts-noto-cjk-extra", licence="OFL-NotoCJK.txt"),
    dict(role="body", out="NotoSerifSC-Regular.otf", src=f"{NOTO_DIR}/NotoSerifCJK-Regular.ttc",
         psname="NotoSerifCJKsc-Regular", package="fonts-noto-cjk", licence="OFL-NotoCJK.txt"),
    dict(role="hei", out="NotoSansSC-Medium.otf", src=f"{NOTO_DIR}/NotoSansCJK-Medium.ttc",
         psname="NotoSansCJKsc-Medium", package="fonts-noto-cjk-extra", licence="OFL-NotoCJK.txt"),
    dict(role="kai", out="BulletinKai-Regular.ttf", src=f"{KAI_DIR}/LXGWWenKai-Regular.ttf",
         psname="LXGWWenKai-Regular", package="fonts-lxgw-wenkai", licence="OFL-BulletinKai.txt",
         rename=True),
    # Code face. No liga/calt/clig: "->", "!=" etc. must stay as typed (this
    # version of the font has none of them anyway).
    dict(role="mono", out="NotoSansMono-Regular.ttf", src=f"{MONO_DIR}/NotoSansMono-Regular.ttf",
         psname="NotoSansMono-Regular", package="fonts-noto-mono", licence="OFL-NotoMono.txt",
         charset="code", drop_features=["liga", "calt", "clig"]),
]

# --- Renaming of LXGW WenKai -------------------------------------------------
# OFL: "LXGW" and "霞鹜" are Reserved Font Names; a subset is a Modified Version.
KAI_FAMILY = "Bulletin Kai"
KAI_FAMILY_ZH = "公报楷体"
KAI_PSNAME = "BulletinKai-Regular"
RESERVED_NAMES = ("LXGW", "霞鹜")
# The copyright notice (0), licence (13) and licence URL (14) are kept verbatim.
KEEP_VERBATIM_NAME_IDS = {0, 13, 14}

# --- Layout features kept ----------------------------------------------------
# fontTools' default set (ccmp, locl, liga, calt, kern, mark, mkmk, vert, vrt2,
# vkrn, vpal, valt, frac/numr/dnom, ...) plus the CJK width/spacing features.
EXTRA_FEATURES = ["fwid", "hwid", "pwid", "halt", "palt", "vhal", "vpal", "vkrn", "vert", "vrt2", "locl", "kern", "liga"]
# Language systems kept in GSUB/GPOS: the default one and Chinese (PRC).  The
# Noto CJK SC faces also carry JAN/KOR/ZHT/ZHH language systems whose `locl`
# maps to Japanese/Korean/Traditional glyph forms; keeping them would pull
# thousands of unused glyphs into the subset.
KEEP_LANGSYS = {"ZHS "}


# --- Character set -----------------------------------------------------------

def gb2312_chars():
    """Every character of GB 2312, by decoding every valid double-byte code."""
    out = []
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


def tongyong_chars():
    chars = []
    with open(TONGYONG_FILE, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            chars.extend(line)
    if len(chars) != 8105 or len(set(chars)) != 8105:
        sys.exit(f"{TONGYONG_FILE}: expected 8105 distinct characters, got {len(chars)} ({len(set(chars))} distinct)")
    return chars


def is_han(cp):
    return unicodedata.name(chr(cp), "").startswith("CJK UNIFIED IDEOGRAPH") or \
        unicodedata.name(chr(cp), "").startswith("CJK COMPATIBILITY IDEOGRAPH")


def wanted_codepoints():
    gb = {ord(c) for c in gb2312_chars()}
    tg = {ord(c) for c in tongyong_chars()}
    cps = set(gb) | tg
    cps |= set(range(0x20, 0x7F))        # printable ASCII
    cps |= set(range(0xA0, 0x100))       # Latin-1 Supplement
    cps |= set(range(0x2000, 0x2070))    # General Punctuation
    cps |= set(range(0x3000, 0x3040))    # CJK Symbols and Punctuation
    cps |= set(range(0xFF00, 0xFFF0))    # Halfwidth and Fullwidth Forms
    cps |= {0x2E3A, 0x2103, 0x2030, 0x2116}  # ⸺ ℃ ‰ №
    cps |= set(range(0x2460, 0x2474))    # ①–⑳
    cps |= set(range(0x2100, 0x2150))    # Letterlike Symbols   } whatever
    cps |= set(range(0x2150, 0x2190))    # Number Forms         } the font
    cps |= set(range(0x2190, 0x2200))    # Arrows               } has
    cps |= set(range(0x25A0, 0x2600))    # Geometric Shapes     }
    return cps, gb, tg


def code_codepoints():
    """The character set of the code face: Latin, punctuation, arrows, box drawing; no CJK."""
    cps = set(range(0x20, 0x7F))         # printable ASCII
    cps |= set(range(0xA0, 0x100))       # Latin-1 Supplement
    cps |= set(range(0x2000, 0x2070))    # General Punctuation  } whatever
    cps |= set(range(0x2190, 0x2200))    # Arrows               } the font
    cps |= set(range(0x2500, 0x2580))    # Box Drawing          } has
    return cps


# --- Building ----------------------------------------------------------------

def open_face(path, psname):
    if path.lower().endswith((".ttc", ".otc")):
        coll = TTCollection(path, lazy=True)
        for i, font in enumerate(coll.fonts):
            if font["name"].getDebugName(6) == psname:
                return TTFont(path, fontNumber=i, recalcTimestamp=False, recalcBBoxes=True)
        found = [f["name"].getDebugName(6) for f in coll.fonts]
        sys.exit(f"{path}: no face with PostScript name {psname} (has {found})")
    font = TTFont(path, recalcTimestamp=False, recalcBBoxes=True)
    if font["name"].getDebugName(6) != psname:
        sys.exit(f"{path}: PostScript name is {font['name'].getDebugName(6)}, expected {psname}")
    return font


def prune_language_systems(font):
    for tag in ("GSUB", "GPOS"):
        if tag not in font:
            continue
        table = font[tag].table
        if not table.ScriptList:
            continue
        for rec in table.ScriptList.ScriptRecord:
            script = rec.Script
            script.LangSysRecord = [r for r in script.LangSysRecord if r.LangSysTag in KEEP_LANGSYS]
            script.LangSysCount = len(script.LangSysRecord)


def subset_options(face):
    o = subset.Options()
    o.layout_features = sorted((set(o.layout_features) | set(EXTRA_FEATURES)) - set(face.get("drop_features", ())))
    o.hinting = False                  # drop CFF hints / TrueType instructions
    # Desubroutinized: a PDF subset made from a subroutinized CJK CFF keeps an INDEX entry for
    # every one of its ~15,000 local subroutines, used or not (about 100 KB per font per PDF).
    o.desubroutinize = True
    o.glyph_names = True               # keep post / CFF glyph names
    o.notdef_glyph = True
    o.notdef_outline = True
    o.name_IDs = ["*"]                 # keep every name record (licence, URLs, ...)
    o.name_languages = ["*"]           # ... in every language (zh-CN names too)
    o.name_legacy = False              # drop Macintosh-platform names
    o.drop_tables = [t for t in o.drop_tables if t != "BASE"]  # keep CJK baselines:
    o.passthrough_tables = True        # BASE is copied as is (checked: no glyph ids)
    o.recalc_timestamp = False         # head.modified stays the source font's
    o.recalc_bounds = True
    o.prune_unicode_ranges = True
    o.ignore_missing_unicodes = True
    o.flavor = None
    return o


def rename_kai(font):
    name = font["name"]
    version = name.getDebugName(5) or ""
    m = re.search(r"(\d+\.\d+)", version)
    ver = m.group(1) if m else "0.000"
    old = list(name.names)
    name.names = [r for r in old if r.platformID == 3 and r.nameID in KEEP_VERBATIM_NAME_IDS | {5, 7, 8, 9, 11, 12}
                  and r.langID == 0x409]
    en = {
        1: KAI_FAMILY,
        2: "Regular",
        3: f"{ver};NONE;{KAI_PSNAME}",
        4: f"{KAI_FAMILY} Regular",
        6: KAI_PSNAME,
    }
    for nid, s in en.items():
        name.setName(s, nid, 3, 1, 0x409)
    zh = {1: KAI_FAMILY_ZH, 2: "Regular", 4: f"{KAI_FAMILY_ZH} Regular"}
    for nid, s in zh.items():
        name.setName(s, nid, 3, 1, 0x804)
    name.names.sort(key=lambda r: (r.platformID, r.platEncID, r.langID, r.nameID))
    # Nothing but the copyright/licence records may still carry a reserved name.
    for r in name.names:
        if r.nameID in KEEP_VERBATIM_NAME_IDS:
            continue
        text = r.toUnicode()
        for word in RESERVED_NAMES + ("WenKai", "文楷"):
            if word.lower() in text.lower():
                sys.exit(f"rename_kai: name record {r.nameID}/{r.langID:#x} still contains {word!r}: {text!r}")
    if "CFF " in font:
        sys.exit("rename_kai: CFF font names not handled")
    # The OS/2 vendor tag of the original is "LXGW"; this modified version is
    # not theirs.
    font["OS/2"].achVendID = "NONE"


def check_passthrough_tables(font, opts):
    """Tables fontTools cannot subset are copied verbatim; make sure that is safe."""
    from fontTools.ttLib import getTableClass
    for tag in font.keys():
        if tag == "GlyphOrder" or tag in opts.drop_tables or tag.strip() in opts.no_subset_tables:
            continue
        if not hasattr(getTableClass(tag), "subset_glyphs") and tag != "BASE":
            sys.exit(f"{tag}: table not known to the subsetter; refusing to copy it verbatim")
    if "BASE" in font:
        from fontTools.misc.testTools import getXML
        xml = "\n".join(getXML(font["BASE"].toXML, font))
        if re.search(r'<BaseCoord[^>]*Format="2"', xml):  # format 2 refers to a glyph id
            sys.exit("BASE table refers to glyph ids; cannot copy it verbatim")


def build_face(face, unicodes, out_dir):
    font = open_face(face["src"], face["psname"])
    opts = subset_options(face)
    check_passthrough_tables(font, opts)
    prune_language_systems(font)
    created, modified = font["head"].created, font["head"].modified
    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=sorted(unicodes))
    sub.subset(font)
    if face.get("rename"):
        rename_kai(font)
    # Deterministic output: the head timestamps are the source font's own.
    font["head"].created, font["head"].modified = created, modified
    font.recalcTimestamp = False
    buf = io.BytesIO()
    font.save(buf, reorderTables=True)
    data = buf.getvalue()
    with open(os.path.join(out_dir, face["out"]), "wb") as f:
        f.write(data)
    return data


# --- Licences and README -----------------------------------------------------

def ofl_text_from_debian(copyright_path, titled=True):
    """The SIL OFL 1.1 text, from a Debian machine-readable copyright file.

    titled=False accepts a copy without the "SIL OPEN FONT LICENSE Version 1.1"
    title (as in fonts-noto-mono's)."""
    with open(copyright_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = None
    for i, line in enumerate(lines):
        # the stand-alone licence paragraph, not the "License:" field of a Files: paragraph
        if re.match(r"^License: (SIL-1\.1|OFL-1\.1)\s*$", line) and (i == 0 or lines[i - 1] == "") \
                and i + 1 < len(lines) and lines[i + 1].startswith(" "):
            start = i + 1
            break
    if start is None:
        sys.exit(f"{copyright_path}: no stand-alone OFL licence paragraph")
    body = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        line = line[1:]
        body.append("" if line == "." else line.rstrip())
    text = "\n".join(body).strip("\n") + "\n"
    if (titled and "SIL OPEN FONT LICENSE Version 1.1" not in text) or "PREAMBLE" not in text \
            or "OTHER DEALINGS IN THE FONT SOFTWARE" not in text:
        sys.exit(f"{copyright_path}: OFL text looks incomplete")
    return text


def ofl_words(text):
    """The licence text as a list of words, for comparing differently wrapped copies."""
    return re.sub(r"-{5,}", " ", text).split()


def debian_copyright_field(copyright_path, files="*"):
    """The Copyright: field of the `Files: <files>` paragraph, one holder line per entry."""
    with open(copyright_path, encoding="utf-8") as f:
        paragraphs = f.read().split("\n\n")
    for par in paragraphs:
        fields, cur = {}, None
        for line in par.split("\n"):
            m = re.match(r"^([A-Za-z-]+):\s*(.*)$", line)
            if m:
                cur = m.group(1)
                fields[cur] = [m.group(2)] if m.group(2) else []
            elif line.startswith(" ") and cur:
                fields[cur].append(line.strip())
        if fields.get("Files") == [files] and "Copyright" in fields:
            return fields["Copyright"]
    sys.exit(f"{copyright_path}: no Files: {files} paragraph with a Copyright field")


def dpkg_version(package):
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package],
                             check=True, capture_output=True, text=True).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_licences(out_dir, infos):
    noto_ofl = ofl_text_from_debian("/usr/share/doc/fonts-noto-cjk/copyright")
    kai_ofl = ofl_text_from_debian("/usr/share/doc/fonts-lxgw-wenkai/copyright")
    mono_copyright = "/usr/share/doc/fonts-noto-mono/copyright"
    # fonts-noto-mono's copyright file carries the OFL re-wrapped one clause per
    # line and without its title; use the canonical layout (the one in
    # fonts-noto-cjk's) after checking that the words are the same.
    mono_ofl_words = ofl_words(ofl_text_from_debian(mono_copyright, titled=False))
    title = ofl_words("SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007")
    canon = ofl_words(noto_ofl)
    if canon[:len(title)] == title:
        canon = canon[len(title):]
    if mono_ofl_words != canon:
        sys.exit(f"{mono_copyright}: OFL text differs from the one in fonts-noto-cjk's copyright file")
    mono_holders = debian_copyright_field(mono_copyright, "*")

    by_out = {i["out"]: i for i in infos}
    serif_cr = by_out["NotoSerifSC-Regular.otf"]["copyright"].rstrip(".")
    sans_cr = by_out["NotoSansSC-Medium.otf"]["copyright"].rstrip(".")
    noto = (
        "Noto Serif CJK SC (NotoSerifSC-Regular.otf, NotoSerifSC-Black.otf):\n"
        f"{serif_cr}, with Reserved Font Name 'Source'.\n"
        "\n"
        "Noto Sans CJK SC (NotoSansSC-Medium.otf):\n"
        f"{sans_cr}, with Reserved Font Name 'Source'.\n"
        "\n"
        "(Copyright lines as in each font's name table; the Reserved Font Name\n"
        "'Source' is the one declared in the upstream noto-cjk LICENSE files.\n"
        "Noto is a trademark of Google Inc.)\n"
        "\n"
        "These files are subsets of the fonts above, made by\n"
        "scripts/fonts/build-fonts.py; they keep the original font names.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
        "\n" + noto_ofl
    )
    kai_cr = by_out["BulletinKai-Regular.ttf"]["copyright"]
    kai = (
        "Bulletin Kai (BulletinKai-Regular.ttf):\n"
        f"{kai_cr}\n"
        "\n"
        "With Reserved Font Names \"霞鹜\" and \"LXGW\" (as declared by the upstream\n"
        "project and recorded in Debian's copyright file for fonts-lxgw-wenkai).\n"
        "\n"
        "BulletinKai-Regular.ttf is a Modified Version of LXGW WenKai Regular\n"
        "(a subset made by scripts/fonts/build-fonts.py); as the licence requires,\n"
        "it does not use the Reserved Font Names: it is renamed \"Bulletin Kai\"\n"
        "(公报楷体), PostScript name BulletinKai-Regular. Klee is a trademark of\n"
        "Fontworks Inc.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
        "\n" + kai_ofl
    )
    mono_info = by_out["NotoSansMono-Regular.ttf"]
    mono = (
        "Noto Sans Mono (NotoSansMono-Regular.ttf):\n"
        f"{mono_info['copyright']}\n"
        "\n"
        "(Copyright line as in the font's name table. Debian's copyright file for\n"
        "fonts-noto-mono records, for the Noto fonts:\n"
        + "".join(f"  Copyright {h.rstrip('.')}.\n" for h in mono_holders) +
        "No Reserved Font Name is declared. "
        f"{mono_info['trademark'] or ''})\n"
        "\n"
        "NotoSansMono-Regular.ttf is a subset of the font above, made by\n"
        "scripts/fonts/build-fonts.py; it keeps the original font names.\n"
        "\n"
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.\n"
        "This license is copied below, and is also available with a FAQ at:\n"
        "https://openfontlicense.org\n"
        "\n"
        "\n" + noto_ofl
    )
    for fname, text in (("OFL-NotoCJK.txt", noto), ("OFL-BulletinKai.txt", kai), ("OFL-NotoMono.txt", mono)):
        with open(os.path.join(out_dir, fname), "w", encoding="utf-8") as f:
            f.write(text)


CODE_BLOCKS = [  # README: what the code face has of each block it asks for
    ("printable ASCII", 0x20, 0x7E), ("Latin-1 Supplement", 0xA0, 0xFF),
    ("General Punctuation", 0x2000, 0x206F), ("Arrows", 0x2190, 0x21FF),
    ("Box Drawing", 0x2500, 0x257F),
]


def advance_widths(font, cmap):
    """advance width in em -> the mapped code points with it"""
    hmtx, upem = font["hmtx"], font["head"].unitsPerEm
    out = {}
    for cp, g in sorted(cmap.items()):
        out.setdefault(hmtx[g][0] / upem, []).append(cp)
    return out


def fmt_ranges(cps):
    """U+200B–200F, U+2044, ... for a sorted list of code points"""
    runs = []
    for c in cps:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return ", ".join(f"U+{lo:04X}" if lo == hi else f"U+{lo:04X}–{hi:04X}" for lo, hi in runs)


def describe(face, data, gb, tg, src_font_name):
    font = TTFont(io.BytesIO(data), lazy=False)
    cmap = font.getBestCmap()
    cps = set(cmap)
    upem = font["head"].unitsPerEm
    han = {c for c in cps if is_han(c)}
    name = font["name"]
    missing_tg = sorted(tg - cps)
    missing_gb = sorted(gb - cps)
    return dict(
        out=face["out"], role=face["role"], package=face["package"],
        package_version=dpkg_version(face["package"]), src=face["src"], src_psname=face["psname"],
        src_family=src_font_name,
        psname=name.getDebugName(6), family=name.getDebugName(16) or name.getDebugName(1),
        full=name.getDebugName(4), version=name.getDebugName(5), copyright=name.getDebugName(0),
        trademark=name.getDebugName(7),
        outlines="CFF (PostScript)" if "CFF " in font else "TrueType (glyf)",
        upem=font["head"].unitsPerEm, glyphs=font["maxp"].numGlyphs,
        mapped=len(cps), han=len(han), bmp_outside=len([c for c in cps if c > 0xFFFF]),
        gb_have=len(gb & cps), gb_total=len(gb), missing_gb=missing_gb,
        tg_have=len(tg & cps), tg_total=len(tg), missing_tg=missing_tg,
        size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        licence=face["licence"],
        widths=width_table(font),
        charset=face.get("charset", "cjk"),
        blocks=[(label, lo, hi, len([c for c in cps if lo <= c <= hi]), hi - lo + 1)
                for label, lo, hi in CODE_BLOCKS],
        advances=advance_widths(font, cmap),
        adv_0=font["hmtx"][cmap[0x30]][0] / upem, adv_M=font["hmtx"][cmap[0x4D]][0] / upem,
        fixed_pitch=bool(font["post"].isFixedPitch),
        gsub=sorted({fr.FeatureTag for fr in font["GSUB"].table.FeatureList.FeatureRecord}) if "GSUB" in font else [],
        gpos=sorted({fr.FeatureTag for fr in font["GPOS"].table.FeatureList.FeatureRecord}) if "GPOS" in font else [],
    )


# Punctuation whose width matters for Chinese typesetting (README table).
WIDTH_PROBE = [0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7, 0xFF0C, 0x3002, 0x3001,
               0xFF1A, 0xFF08, 0xFF09, 0x300A, 0x300B, 0x2E3A, 0x2460, 0x0041, 0x0030]


def single_subst_map(font, tag, script="hani", lang=None):
    """glyph -> glyph for the single substitutions of feature `tag` in one language system."""
    if "GSUB" not in font:
        return {}
    table = font["GSUB"].table
    recs = table.FeatureList.FeatureRecord
    langsys = None
    for sr in table.ScriptList.ScriptRecord:
        if sr.ScriptTag == script:
            langsys = sr.Script.DefaultLangSys
            for lr in sr.Script.LangSysRecord:
                if lr.LangSysTag == lang:
                    langsys = lr.LangSys
    if langsys is None:
        return {}
    mapping = {}
    for fi in langsys.FeatureIndex:
        if recs[fi].FeatureTag != tag:
            continue
        for li in recs[fi].Feature.LookupListIndex:
            lookup = table.LookupList.Lookup[li]
            for st in lookup.SubTable:
                if lookup.LookupType == 7:
                    st = st.ExtSubTable
                for k, v in getattr(st, "mapping", {}).items():
                    mapping.setdefault(k, v)
    return mapping


def width_table(font):
    cmap = font.getBestCmap()
    hmtx = font["hmtx"]
    upem = font["head"].unitsPerEm
    fwid = single_subst_map(font, "fwid")
    locl = single_subst_map(font, "locl", lang="ZHS ")
    rows = {}
    for cp in WIDTH_PROBE:
        g = cmap.get(cp)
        if g is None:
            rows[cp] = "—"
            continue
        cell = f"{hmtx[g][0] / upem:g}"
        extra = []
        if g in locl:
            extra.append(f"ZHS {hmtx[locl[g]][0] / upem:g}")
        if g in fwid:
            extra.append(f"fwid {hmtx[fwid[g]][0] / upem:g}")
        rows[cp] = cell + (f" ({', '.join(extra)})" if extra else "")
    return rows


def fmt_missing(cps):
    if not cps:
        return "none"
    return " ".join(f"{chr(c)} U+{c:04X}" for c in cps)


def fmt_em(w):
    return f"{w:g} em"


def write_readme(out_dir, infos, n_wanted, n_code):
    L = []
    a = L.append
    a("# Bundled fonts")
    a("")
    a("Pre-subset open fonts used by `bulletin` to typeset bulletins. They are")
    a("**generated files**: do not edit them by hand, regenerate them with")
    a("`scripts/fonts/build-fonts.py` (see *Regenerating* below).")
    a("")
    a("| role | file | face | size |")
    a("| --- | --- | --- | --- |")
    for i in infos:
        a(f"| {i['role']} | `{i['out']}` | {i['full']} (`{i['psname']}`) | {i['size']:,} bytes |")
    a("")
    a("All five are single-face OpenType files (not collections, not WOFF), with")
    a("hinting removed. The four CJK faces keep the OpenType layout features")
    a("useful for CJK text (GSUB/GPOS language systems: default and `ZHS` only).")
    a("The code face (`mono`) keeps the same features where the font has them,")
    a("minus the ligature features `liga`, `calt` and `clig`, so that `->`, `!=`")
    a("or `==` always show as typed; it keeps only the default language systems.")
    a("")
    a("## Character set")
    a("")
    a("Each CJK font (title, body, hei, kai) is subset to the union of:")
    a("")
    a("- GB 2312: every valid double-byte code (rows A1–F7, cells A1–FE) decoded")
    a("  with Python's `gb2312` codec: 7,445 characters, of which 6,763 Han;")
    a("- the 8,105 characters of 《通用规范汉字表》 (State Council, 2013), listed in")
    a("  `scripts/fonts/tongyong-guifan-8105.txt`;")
    a("- printable ASCII (U+0020–007E) and Latin-1 Supplement (U+00A0–00FF);")
    a("- General Punctuation (U+2000–206F), CJK Symbols and Punctuation")
    a("  (U+3000–303F), Halfwidth and Fullwidth Forms (U+FF00–FFEF);")
    a("- U+2E3A ⸺ (two-em dash), ℃ (U+2103), ‰ (U+2030), № (U+2116), ①–⑳")
    a("  (U+2460–2473);")
    a("- whatever the font has of Letterlike Symbols (U+2100–214F), Number Forms")
    a("  (U+2150–218F), Arrows (U+2190–21FF) and Geometric Shapes (U+25A0–25FF).")
    a("")
    a(f"That is {n_wanted:,} code points asked for; each font maps those it has,")
    a("plus the glyphs its kept layout features reach (e.g. vertical or")
    a("full-/half-/proportional-width forms).")
    a("")
    a("The code face (mono) is subset to whatever the font has of printable")
    a("ASCII (U+0020–007E), Latin-1 Supplement (U+00A0–00FF), General")
    a("Punctuation (U+2000–206F), Arrows (U+2190–21FF) and Box Drawing")
    a(f"(U+2500–257F): {n_code:,} code points asked for. It has no CJK at all:")
    a("Chinese characters and full-width punctuation in code fall back to the")
    a("Chinese faces at run time.")
    a("")
    for i in infos:
        if i["charset"] == "code":
            a(f"## `{i['out']}` — {i['role']}")
            a("")
            a(f"- Face: **{i['full']}** (family `{i['family']}`), PostScript name `{i['psname']}`;")
            a("  names kept from the original (no Reserved Font Name is declared).")
            a(f"- Source: `{i['src']}`, from Debian package")
            a(f"  `{i['package']}` version `{i['package_version']}`.")
            a(f"- Upstream font version: `{i['version']}`.")
            a(f"- Outlines: {i['outlines']}, {i['upem']} units per em, {i['glyphs']:,} glyphs.")
            a(f"- Licence: SIL Open Font License 1.1, see [`{i['licence']}`]({i['licence']}).")
            a(f"  Copyright: {i['copyright']}".replace("\r\n", "; ").replace("\n", "; "))
            a(f"- Code points mapped: {i['mapped']:,}; Han: {i['han']:,}.")
            a("- Per block: " + "; ".join(f"{label} {have:,} of {total:,}"
                                          for label, lo, hi, have, total in i["blocks"]) + ".")
            cell = i["adv_0"]
            adv = [f"{fmt_em(cell)}: {len(i['advances'].get(cell, [])):,} code points"]
            for w, cps in sorted(i["advances"].items()):
                if w == cell:
                    continue
                if w == 0:
                    fmt = [c for c in cps if unicodedata.category(chr(c)) == "Cf"]
                    other = [c for c in cps if c not in fmt]
                    adv.append(f"0 em: format characters {fmt_ranges(fmt)}"
                               + "".join(f", {chr(c)} U+{c:04X} {unicodedata.name(chr(c), '')}" for c in other))
                else:
                    adv.append(f"{fmt_em(w)} ({w / cell:g} cells): " + " ".join(f"{chr(c)} U+{c:04X}" for c in cps))
            a(f"- Monospaced (`post.isFixedPitch` {int(i['fixed_pitch'])}): `0` and `M` are both"
              f" {fmt_em(i['adv_0'])} wide." if i["adv_0"] == i["adv_M"] else
              f"- NOT monospaced: `0` is {fmt_em(i['adv_0'])}, `M` {fmt_em(i['adv_M'])}.")
            a("  Advance widths of the mapped code points:")
            for line in adv:
                a(f"  - {line};" if line != adv[-1] else f"  - {line}.")
            a(f"- File size: {i['size']:,} bytes; SHA-256 `{i['sha256']}`.")
            a(f"- GSUB features: {', '.join(i['gsub']) or 'none'}; GPOS features: {', '.join(i['gpos']) or 'none'}.")
            a("")
            continue
        a(f"## `{i['out']}` — {i['role']}")
        a("")
        if i["out"].startswith("BulletinKai"):
            a(f"- Face: **{i['family']}** (公报楷体), PostScript name `{i['psname']}`: LXGW WenKai")
            a("  Regular, renamed because the licence reserves the names \"LXGW\" and")
            a("  \"霞鹜\" for the upstream project and a subset is a modified version.")
            a("  Every name record except the copyright notice and the licence text")
            a("  was rewritten; Macintosh-platform names were dropped; the OS/2 vendor")
            a("  tag was changed from `LXGW` to `NONE`.")
        else:
            a(f"- Face: **{i['full']}** (family `{i['family']}`), PostScript name `{i['psname']}`;")
            a("  names kept from the original (Adobe reserves only the name \"Source\").")
        a(f"- Source: `{i['src']}`, face `{i['src_psname']}`, from Debian package")
        a(f"  `{i['package']}` version `{i['package_version']}`.")
        a(f"- Upstream font version: `{i['version']}`.")
        a(f"- Outlines: {i['outlines']}, {i['upem']} units per em, {i['glyphs']:,} glyphs.")
        a(f"- Licence: SIL Open Font License 1.1, see [`{i['licence']}`]({i['licence']}).")
        a(f"  Copyright: {i['copyright']}".replace("\r\n", "; ").replace("\n", "; "))
        a(f"- Code points mapped: {i['mapped']:,}; Han: {i['han']:,}"
          f" ({i['bmp_outside']} outside the BMP).")
        a(f"- GB 2312: {i['gb_have']:,} of {i['gb_total']:,} characters; missing: {fmt_missing(i['missing_gb'])}.")
        a(f"- 通用规范汉字表: {i['tg_have']:,} of {i['tg_total']:,} characters; missing: {fmt_missing(i['missing_tg'])}.")
        a(f"- File size: {i['size']:,} bytes; SHA-256 `{i['sha256']}`.")
        a(f"- GSUB features: {', '.join(i['gsub']) or 'none'}; GPOS features: {', '.join(i['gpos']) or 'none'}.")
        a("")
    a("## Punctuation widths")
    a("")
    a("Default advance width in em of each character's nominal glyph; in")
    a("brackets, the width after `locl` for language `ZHS` (script `hani`) and")
    a("after `fwid`, where those features change the glyph.")
    a("")
    a("| char | " + " | ".join(f"`{i['out']}`" for i in infos) + " |")
    a("| --- |" + " --- |" * len(infos))
    for cp in WIDTH_PROBE:
        a(f"| {chr(cp)} U+{cp:04X} | " + " | ".join(i["widths"][cp] for i in infos) + " |")
    a("")
    a("Observed with these font versions:")
    a("")
    a("- In the Noto SC faces the curly quotes, ellipsis and CJK punctuation are")
    a("  full-width by default, but U+2014 EM DASH is proportional (≈0.9 em);")
    a("  `locl` for `ZHS` (or `fwid`) makes it 1 em. Their `ccmp` ligates two")
    a("  (three) U+2014 into one two-em (three-em) dash glyph, ≈1.7 (≈2.5) em by")
    a("  default and 2 (3) em under `locl` `ZHS`. U+00B7 MIDDLE DOT is")
    a("  proportional in Noto Serif (1 em with `fwid`) but full-width in Noto")
    a("  Sans 2.004.")
    a("- Bulletin Kai has proportional curly quotes and middle dot (0.35 em) and")
    a("  no `fwid`, `locl`, `halt`/`palt` or `kern` at all (its only GSUB")
    a("  features left are listed above; it has no GPOS).")
    a("- Noto Sans Mono has none of the CJK punctuation above (—: it falls back")
    a("  to a Chinese face); the rest is one cell (0.6 em) wide, curly quotes,")
    a("  em dash, ellipsis and middle dot included.")
    a("")
    a("## Regenerating")
    a("")
    a("```sh")
    a("apt-get install fonts-noto-cjk fonts-noto-cjk-extra fonts-lxgw-wenkai fonts-noto-mono \\")
    a("  python3-fonttools \\")
    a("  && python3 scripts/fonts/build-fonts.py")
    a("```")
    a("")
    a("Run it from the repository root. It reads the Debian font files listed")
    a("above, picks the Simplified Chinese face of each collection by its")
    a("PostScript name (another face would silently give Japanese or Traditional")
    a("glyph forms), subsets it with `fontTools.subset` (the CJK faces to the")
    a("bulletin character set, the mono face to its own), renames the Kai face,")
    a("and rewrites the fonts, `OFL-*.txt` and this README. The output is")
    a("deterministic (the `head` timestamps are the source fonts' own), so running")
    a("it again with the same Debian packages gives byte-identical files;")
    a("`python3 scripts/fonts/build-fonts.py --check` builds into a temporary")
    a("directory and fails if anything differs from `fonts/`.")
    a("")
    with open(os.path.join(out_dir, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def build_all(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    unicodes, gb, tg = wanted_codepoints()
    code = code_codepoints()
    infos = []
    for face in FACES:
        is_code = face.get("charset") == "code"
        data = build_face(face, code if is_code else unicodes, out_dir)
        src = open_face(face["src"], face["psname"])
        info = describe(face, data, gb, tg, src["name"].getDebugName(4))
        infos.append(info)
        if is_code:
            if info["han"]:
                sys.exit(f"{face['out']}: maps {info['han']} Han characters; the code face must have no CJK")
            if info["adv_0"] != info["adv_M"]:
                sys.exit(f"{face['out']}: '0' is {info['adv_0']} em and 'M' {info['adv_M']} em: not monospaced")
            latin = [cp for w, cps in info["advances"].items() if w != info["adv_0"] for cp in cps if cp < 0x100]
            if latin:
                sys.exit(f"{face['out']}: ASCII/Latin-1 not all one cell wide: {fmt_ranges(latin)}")
            print(f"{face['out']}: {info['size']:,} bytes, {info['mapped']:,} code points, "
                  f"{info['glyphs']:,} glyphs, '0' and 'M' {info['adv_0']:g} em")
            continue
        print(f"{face['out']}: {info['size']:,} bytes, {info['mapped']:,} code points, "
              f"{info['han']:,} Han, GB2312 {info['gb_have']}/{info['gb_total']}, "
              f"8105 {info['tg_have']}/{info['tg_total']}")
        if info["size"] > 4_500_000:
            print(f"  note: {face['out']} is larger than the 4.5 MB budget", file=sys.stderr)
    write_licences(out_dir, infos)
    write_readme(out_dir, infos, len(unicodes), len(code))
    return infos


GENERATED = [f["out"] for f in FACES] + ["OFL-NotoCJK.txt", "OFL-BulletinKai.txt", "OFL-NotoMono.txt", "README.md"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=FONTS_DIR, help="output directory (default: fonts/)")
    ap.add_argument("--check", action="store_true",
                    help="build into a temporary directory and compare with fonts/")
    args = ap.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            build_all(tmp)
            diff = [n for n in GENERATED
                    if not os.path.exists(os.path.join(FONTS_DIR, n))
                    or not filecmp.cmp(os.path.join(tmp, n), os.path.join(FONTS_DIR, n), shallow=False)]
        if diff:
            sys.exit(f"fonts/ is out of date: {', '.join(diff)}")
        print("fonts/ is up to date")
        return
    build_all(args.out)


if __name__ == "__main__":
    main()
