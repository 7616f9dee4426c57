"""One import run's row checks: parse, look up codes, apply the domain rules and the lock.

An :class:`ImportRun` remembers what the run has seen so far: the clubs that
a clubs file of the same run creates (sessions may name them) and the natural
key of every record (a record twice in one run is a problem, not a silent
overwrite).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from desktop_app.services.locks import ensure_open
from desktop_app.services.workspace import Workspace
from desktop_app.storage import facility_store, import_store

ColumnProblem = tuple[str | None, UserError]


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


_RECORD_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {}


def _fields(layout: Layout, values: Mapping[str, Any]) -> dict[str, Any]:
    """Record fields from parsed cells; an empty choice or date keeps the record's default."""
    pairs = _RECORD_FIELDS.get(layout.key)
    if pairs is None:
        pairs = _RECORD_FIELDS[layout.key] = tuple(
            (column.name, column.field)
            for column in layout.columns
            if column.kind not in (CellKind.FACILITY, CellKind.CLUB)
        )
    return {field: values[name] for name, field in pairs if values[name] is not None}


class ImportRun:
    """Checks rows of one import against the database and each other."""

    def __init__(self, workspace: Workspace, today: date) -> None:
        self.workspace = workspace
        self.today = today
        self.facilities = {f.code: f for f in facility_store.list_facilities(workspace.db)}
        self.stored_clubs = import_store.clubs_by_code(workspace.db)
        self.run_clubs: dict[str, Club | None] = {}
        self._seen: dict[tuple[Any, ...], tuple[str, int]] = {}

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
        try:
            built = self._build(layout, values)
        except UserError as exc:
            return RowOutcome(problems=[(self._column(layout, exc.field_name), exc)])
        if built is None:  # a session of a club whose own row was refused
            return RowOutcome()
        record, key, day = built
        earlier = self._seen.get((layout.key, *key))
        if earlier is not None:
            repeated = error(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Row {row} of {file} already holds this record (same {columns}).",
                ),
                None,
                row=earlier[1],
                file=earlier[0],
                columns=", ".join(layout.natural_key),
            )
            return RowOutcome(problems=[(layout.natural_key[0], repeated)])
        self._seen[(layout.key, *key)] = (file, row)
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
                code=code,
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
                code=code,
            )
        return club

    def _build(
        self, layout: Layout, values: Mapping[str, Any]
    ) -> tuple[Any, tuple[Any, ...], date | None] | None:
        kw = _fields(layout, values)
        today = self.today
        if layout.key == "sessions":
            code = values["ma_clb"]
            club = self._club(code)
            if club is None:
                return None
            session = validated_session(ClubSession(club_id=club.id or 0, **kw), club, today)
            return SessionRow(code, session), (code, session.day), session.day
        facility = self._facility(values["ma_thiet_che"])
        fid = facility.id
        if layout.key == "visits":
            visit = validated_visit(VisitDay(facility_id=fid, **kw), facility, today)  # type: ignore[arg-type]
            return visit, (fid, visit.day), visit.day
        if layout.key == "activities":
            kw.setdefault("end_day", kw["start_day"])
            activity = validated_activity(Activity(facility_id=fid, **kw), facility, today)  # type: ignore[arg-type]
            key = (fid, activity.start_day, activity.type, activity.title)
            return activity, key, activity.start_day
        if layout.key == "clubs":
            club = validated_club(Club(facility_id=fid, **kw), today)  # type: ignore[arg-type]
            return club, (club.code,), None
        if layout.key == "digital":
            service = validated_digital(DigitalService(facility_id=fid, **kw), facility, today)  # type: ignore[arg-type]
            return service, (fid, service.day, service.kind), service.day
        record = validated_museum(MuseumRecord(facility_id=fid, **kw), facility, today)  # type: ignore[arg-type]
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
