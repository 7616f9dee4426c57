"""One import run's row checks: parse, look up codes, apply the domain rules and the lock.

An :class:`ImportRun` remembers what the run has seen so far: the clubs that
a clubs file of the same run creates (sessions may name them) and the natural
key of every record (a record twice in one run is a problem, not a silent
overwrite). A row of a record already stored updates the columns its file has
and keeps the others (see ``import_merge``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop_app.domain.activities import Activity, validated_activity
from desktop_app.domain.clubs import Club, ClubSession, validated_club, validated_session
from desktop_app.domain.digital import (
    DigitalService,
    MuseumRecord,
    validated_digital,
    validated_museum,
)
from desktop_app.domain.facility import Facility
from desktop_app.domain.import_layouts import CellKind, Layout, parse_row
from desktop_app.domain.messages import QT_TRANSLATE_NOOP, UserError, error
from desktop_app.domain.visits import VisitDay, validated_visit
from desktop_app.services.importing.import_merge import StoredRecords, merged, title_key
from desktop_app.services.locks import ensure_open
from desktop_app.services.workspace import Workspace
from desktop_app.storage import clubs_store, facility_store

ColumnProblem = tuple[str | None, UserError]
_ROWS = 1 << 32  # a row number fits below this


@dataclass(frozen=True)
class SessionRow:
    """A checked session and its club's code (the club may not have an id yet)."""

    code: str
    session: ClubSession


@dataclass
class RowOutcome:
    """A checked row: its record (``None`` when refused), its day, its problems."""

    record: Any = None
    day: date | None = None
    problems: list[ColumnProblem] = field(default_factory=list)


_COLUMN_NAMES: dict[str, frozenset[str]] = {}
_RECORD_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {}


def _column_names(layout: Layout) -> frozenset[str]:
    names = _COLUMN_NAMES.get(layout.key)
    if names is None:
        names = _COLUMN_NAMES[layout.key] = frozenset(layout.names)
    return names


def _given(layout: Layout, values: Mapping[str, Any], present: Set[str]) -> dict[str, Any]:
    """Record fields of the columns the file has (not the codes looked up);
    ``None`` where an empty date or choice means the record's default."""
    pairs = _RECORD_FIELDS.get(layout.key)
    if pairs is None:
        pairs = _RECORD_FIELDS[layout.key] = tuple(
            (column.name, column.field)
            for column in layout.columns
            if column.kind not in (CellKind.FACILITY, CellKind.CLUB)
        )
    return {field: values[name] for name, field in pairs if name in present}


class ImportRun:
    """Checks rows of one import against the database and each other."""

    def __init__(self, workspace: Workspace, today: date) -> None:
        self.workspace = workspace
        self.today = today
        self.facilities = {f.code: f for f in facility_store.list_facilities(workspace.db)}
        self.stored_clubs = clubs_store.clubs_by_code(workspace.db)
        self.stored = StoredRecords(workspace.db)
        self.run_clubs: dict[str, Club | None] = {}
        # Each record's key, as a hash, -> the file (by number) and row it came from: a
        # million rows of a large file cost tens of megabytes here, not their keys' text.
        self._seen: dict[int, int] = {}
        self._files: list[str] = []

    # -- one row ------------------------------------------------------------------------
    def check_row(
        self, layout: Layout, cells: Mapping[str, str], file: str, row: int
    ) -> RowOutcome:
        """Parse and check one row; remember its key for the rest of the run."""
        values, problems = parse_row(layout, cells)
        if layout.key == "clubs" and values.get("ma_clb"):
            self.run_clubs.setdefault(str(values["ma_clb"]).strip().upper(), None)
        if problems:
            return RowOutcome(problems=list(problems))
        present = cells.keys() & _column_names(layout)
        try:
            built = self._build(layout, values, present)
        except UserError as exc:
            return RowOutcome(problems=[(self._column(layout, exc.field_name), exc)])
        if built is None:  # a session of a club whose own row was refused
            return RowOutcome()
        record, key, day = built
        seen = hash((layout.key, *key))
        earlier = self._seen.get(seen)
        if earlier is not None:
            file_number, earlier_row = divmod(earlier, _ROWS)
            repeated = error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {row} of {file} already holds this record (same {columns}).",
                ),
                None,
                row=earlier_row,
                file=self._files[file_number],
                columns=", ".join(layout.natural_key),
            )
            return RowOutcome(problems=[(layout.natural_key[0], repeated)])
        if not self._files or self._files[-1] != file:
            self._files.append(file)
        self._seen[seen] = (len(self._files) - 1) * _ROWS + row
        if layout.key == "clubs":
            self.run_clubs[record.code] = record
        return RowOutcome(record, day)

    @staticmethod
    def _column(layout: Layout, field_name: str | None) -> str | None:
        if field_name is not None and layout.column(field_name) is not None:
            return field_name
        return layout.column_for_field(field_name)

    def _facility(self, code: str) -> Facility:
        facility = self.facilities.get(code)
        if facility is None:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no facility with the code \u201c{code}\u201d. Add it on the "
                    "Facilities screen first.",
                ),
                "ma_thiet_che",
                code=code[:40],
            )
        return facility

    def _club(self, code: str) -> Club | None:
        if code in self.run_clubs:
            return self.run_clubs[code]
        club = self.stored_clubs.get(code)
        if club is None:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no club with the code \u201c{code}\u201d. Import or add the "
                    "club first.",
                ),
                "ma_clb",
                code=code[:40],
            )
        return club

    def _stored(self, layout: Layout, present: Set[str], owner_id: int, *key: Any) -> Any:
        """The stored record a row updates, needed only when the file lacks a column."""
        if present >= _column_names(layout):
            return None  # the row replaces the record whole
        return self.stored.find(layout.key, owner_id, *key)

    def _build(
        self, layout: Layout, values: Mapping[str, Any], present: Set[str]
    ) -> tuple[Any, tuple[Any, ...], date | None] | None:
        """The checked record of a row, its natural key and its day.

        A record already stored keeps the values of the columns the file lacks.
        """
        given = _given(layout, values, present)
        today = self.today
        if layout.key == "sessions":
            code = values["ma_clb"]
            club = self._club(code)
            if club is None:
                return None
            old = None if club.id is None else self._stored(layout, present, club.id, given["day"])
            session = merged(ClubSession, old, given, club_id=club.id or 0)
            session = validated_session(session, club, today)
            return SessionRow(code, session), (code, session.day), session.day
        facility = self._facility(values["ma_thiet_che"])
        fid = facility.id or 0
        if layout.key == "clubs":
            old_club = self.stored_clubs.get(str(given["code"]).strip().upper())
            club = validated_club(merged(Club, old_club, given, facility_id=fid), today)
            return club, (club.code,), None
        if layout.key == "visits":
            old = self._stored(layout, present, fid, given["day"])
            kept = {} if old else {"note": self.stored.find("notes", fid, given["day"]) or ""}
            visit = merged(VisitDay, old, given, facility_id=fid, **kept)
            visit = validated_visit(visit, facility, today)
            return visit, (fid, visit.day), visit.day
        if layout.key == "activities":
            start, title = given["start_day"], title_key(given["title"])
            old = self._stored(layout, present, fid, start, given["type"], title)
            if given.get("end_day") is None and ("end_day" in given or old is None):
                given["end_day"] = start  # no last day: the same day
            activity = merged(Activity, old, given, facility_id=fid)
            activity = validated_activity(activity, facility, today)
            key = (fid, activity.start_day, activity.type, activity.title)
            return activity, key, activity.start_day
        if layout.key == "digital":
            old = self._stored(layout, present, fid, given["day"], given["kind"])
            service = merged(DigitalService, old, given, facility_id=fid)
            service = validated_digital(service, facility, today)
            return service, (fid, service.day, service.kind), service.day
        old = self._stored(layout, present, fid, given["day"])
        record = merged(MuseumRecord, old, given, facility_id=fid)
        record = validated_museum(record, facility, today)
        return record, (fid, record.day), record.day

    # -- the submission lock -------------------------------------------------------------
    def lock_problems(
        self, layout: Layout, dated: Sequence[tuple[int, date]]
    ) -> list[tuple[int, str, UserError]]:
        """Rows dated inside a submitted period. One query when none is (the usual case)."""
        if not dated:
            return []
        days = [day for _row, day in dated]
        try:
            ensure_open(self.workspace, min(days), max(days))
            return []
        except UserError:
            pass
        column = next(c.name for c in layout.columns if c.kind == CellKind.DATE)
        verdicts: dict[date, UserError | None] = {}
        problems = []
        for row, day in dated:
            if day not in verdicts:
                try:
                    ensure_open(self.workspace, day)
                    verdicts[day] = None
                except UserError as exc:
                    verdicts[day] = exc
            if verdicts[day] is not None:
                problems.append((row, column, verdicts[day]))
        return problems  # type: ignore[return-value]
