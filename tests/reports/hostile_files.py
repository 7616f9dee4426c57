"""Hostile files built by hand for the reader's tests: compound files, zips with raw members."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib


def members_of(data: bytes) -> dict[str, bytes]:
    """The zip's members, name -> content."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zipped(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of ``members`` (name -> content)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return out.getvalue()


# a compound file (OLE2 / CFB), as Excel writes around an encrypted workbook or an .xls
_FREE, _END_OF_CHAIN, _FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file holding ``streams`` in the root storage.

    Each stream is padded to at least 4,096 bytes so that it lives in regular
    sectors (no mini stream); the directory sector comes last, after the data.
    """
    streams = {name: data.ljust(4096, b"\0") for name, data in streams.items()}
    sectors_of = {name: -(-len(data) // 512) for name, data in streams.items()}
    data_sectors = sum(sectors_of.values())
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + data_sectors + 1:
        fat_sectors += 1
    assert fat_sectors <= 109
    fat = [_FAT_SECTOR] * fat_sectors
    starts = {}
    for name, count in sectors_of.items():
        starts[name] = len(fat)
        fat += [*range(len(fat) + 1, len(fat) + count), _END_OF_CHAIN]
    directory_sector = len(fat)
    fat.append(_END_OF_CHAIN)
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,  # black
            _FREE,
            right,
            child,
            bytes(16),
            0,
            0,
            0,
            start,
            size,
        )

    names = list(streams)
    entries = [entry("Root Entry", 5, 1, _FREE, _END_OF_CHAIN, 0)]
    for number, name in enumerate(names, start=1):
        right = number + 1 if number < len(names) else _FREE
        entries.append(entry(name, 2, _FREE, right, starts[name], len(streams[name])))
    directory = b"".join(entries).ljust(512 * -(-len(entries) // 4), b"\0")
    assert len(directory) == 512, "one directory sector"
    difat = [*range(fat_sectors), *[_FREE] * (109 - fat_sectors)]
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        fat_sectors,
        directory_sector,
        0,
        4096,
        _END_OF_CHAIN,
        0,
        _END_OF_CHAIN,
        0,
        *difat,
    )
    body = struct.pack(f"<{len(fat)}I", *fat)
    body += b"".join(data.ljust(512 * sectors_of[name], b"\0") for name, data in streams.items())
    return header + body + directory


def deflated(unit: bytes, total: int) -> tuple[bytes, int]:
    """``unit`` repeated to ``total`` bytes, raw-deflated as in a zip, and its CRC."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunks, crc, size = [], 0, 0
    while size < total:
        chunks.append(packer.compress(unit))
        crc, size = zlib.crc32(unit, crc), size + len(unit)
    chunks.append(packer.flush())
    return b"".join(chunks), crc


def with_raw_member(data: bytes, name: str, packed: bytes, crc: int, declared: int) -> bytes:
    """The workbook with member ``name`` replaced by already deflated bytes, of a declared size."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            if info.filename != name:
                copy.writestr(info.filename, source.read(info))
    archive = bytearray(out.getvalue())
    directory = archive.rfind(b"PK\x05\x06")
    entries, size, start = struct.unpack_from("<HIL", archive, directory + 10)
    central = bytes(archive[start : start + size])
    encoded = name.encode()
    local = struct.pack(
        "<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0x21, crc, len(packed), declared, len(encoded), 0
    )
    entry = struct.pack(
        "<4s6H3L5H2L",
        b"PK\x01\x02",
        20,
        20,
        0,
        8,
        0,
        0x21,
        crc,
        len(packed),
        declared,
        len(encoded),
        0,
        0,
        0,
        0,
        0,
        start,
    )
    body = bytes(archive[:start]) + local + encoded + packed
    central += entry + encoded
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, entries + 1, entries + 1, len(central), len(body), 0
    )
    return body + central + end
