#!/usr/bin/env python3
"""Compares two icon trees by what a user sees, not by their bytes.

    compare-icons.py GENERATED COMMITTED

For every file of GENERATED, the file of the same path under COMMITTED must
exist and match: PNGs by size and decoded pixels; .ico and .icns by the sizes
they hold and each size's pixels (extracted with icotool and icns2png); any
other file (SVG, XML, JSON) byte for byte. Pixels match when the mean
difference per channel is at most 1.5 of 255 and at most 1 % of the pixels
differ by more than 24 in some channel: a newer cairo, zlib or OpenJPEG that
rounds an edge differently still passes, a blank, shifted or recoloured icon
does not. Exit status 0 when all match, 1 otherwise (one FAIL line each).
Only the standard library: PNGs are decoded here (zlib), so the check does not
depend on the encoder's byte stream.
"""
import pathlib
import struct
import subprocess
import sys
import tempfile
import zlib

MEAN_LIMIT = 1.5
OUTLIER_DIFF = 24
OUTLIER_SHARE = 0.01


def decode_png(data):
    """Returns (width, height, rgba bytes) of a non-interlaced PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, palette, trns = 8, [], None, None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = body
        elif kind == b"tRNS":
            trns = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if interlace:
        raise ValueError("interlaced PNG")
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[ctype]
    bits = depth * channels
    bpp = max(1, bits // 8)
    stride = (width * bits + 7) // 8
    raw = zlib.decompress(b"".join(idat))
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if ftype == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif ftype == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif ftype == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(line)
        prev = line
    out = bytearray()
    for line in rows:
        if depth == 16:
            line = line[0::2]  # the high byte is enough to compare
        if ctype == 6:
            out += line
        elif ctype == 2:
            for i in range(0, width * 3, 3):
                out += line[i:i + 3] + b"\xff"
        elif ctype == 4:
            for i in range(0, width * 2, 2):
                out += bytes((line[i],) * 3) + line[i + 1:i + 2]
        else:  # grey or palette, possibly below 8 bits per pixel
            per_byte = 8 // depth if depth < 8 else 1
            mask = (1 << depth) - 1 if depth < 8 else 0xFF
            for x in range(width):
                if depth < 8:
                    byte = line[x // per_byte]
                    v = (byte >> (8 - depth * (x % per_byte + 1))) & mask
                else:
                    v = line[x]
                if ctype == 3:
                    alpha = trns[v] if trns is not None and v < len(trns) else 255
                    out += palette[3 * v:3 * v + 3] + bytes((alpha,))
                else:
                    g = v * 255 // mask
                    out += bytes((g, g, g, 255))
    return width, height, bytes(out)


def premultiplied(rgba):
    """Colour under a transparent pixel does not show: compare what is drawn."""
    out = bytearray(len(rgba))
    for i in range(0, len(rgba), 4):
        a = rgba[i + 3]
        out[i] = rgba[i] * a // 255
        out[i + 1] = rgba[i + 1] * a // 255
        out[i + 2] = rgba[i + 2] * a // 255
        out[i + 3] = a
    return out


def compare_pixels(a, b):
    """None when the two decoded images look the same, else why not."""
    (wa, ha, pa), (wb, hb, pb) = a, b
    if (wa, ha) != (wb, hb):
        return f"size {wa}x{ha} against {wb}x{hb}"
    pa, pb = premultiplied(pa), premultiplied(pb)
    total, outliers = 0, 0
    for i in range(0, len(pa), 4):
        d = max(abs(pa[i + k] - pb[i + k]) for k in range(4))
        total += sum(abs(pa[i + k] - pb[i + k]) for k in range(4))
        outliers += d > OUTLIER_DIFF
    mean = total / len(pa)
    pixels = wa * ha
    if mean > MEAN_LIMIT or outliers > OUTLIER_SHARE * pixels:
        return f"pixels differ (mean {mean:.2f} per channel, {outliers} of {pixels} by more than {OUTLIER_DIFF})"
    return None


def extract(path, workdir):
    """{(width, height): decoded image} of every size an .ico or .icns holds."""
    out = pathlib.Path(tempfile.mkdtemp(dir=workdir))
    if path.suffix == ".ico":
        cmd = ["icotool", "-x", "-o", str(out), str(path)]
    else:
        cmd = ["icns2png", "-x", "-o", str(out), str(path)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    images = {}
    for png in sorted(out.glob("*.png")):
        if "mask" in png.name:
            continue  # icns2png writes the 8-bit masks separately; they are in the icons' alpha too
        image = decode_png(png.read_bytes())
        images[(image[0], image[1])] = image
    return images


def compare_file(generated, committed, workdir):
    if generated.suffix == ".png":
        return compare_pixels(decode_png(generated.read_bytes()), decode_png(committed.read_bytes()))
    if generated.suffix in (".ico", ".icns"):
        mine, theirs = extract(generated, workdir), extract(committed, workdir)
        if sorted(mine) != sorted(theirs):
            return f"sizes {sorted(mine)} against {sorted(theirs)}"
        for size in sorted(mine):
            why = compare_pixels(mine[size], theirs[size])
            if why:
                return f"{size[0]}x{size[1]}: {why}"
        return None
    return None if generated.read_bytes() == committed.read_bytes() else "content differs"


def main():
    generated, committed = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for path in sorted(p for p in generated.rglob("*") if p.is_file()):
            rel = path.relative_to(generated)
            other = committed / rel
            why = "missing from the repository" if not other.is_file() else compare_file(path, other, workdir)
            if why:
                print(f"FAIL: {rel}: {why}")
                failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
