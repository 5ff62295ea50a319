"""The report of a publish (or of a dry run): a CSV file, a row per record it changed or would change, with the
guards' findings, the layers the server does not serve, and the photos not sent or not brought in."""

from __future__ import annotations

import csv
from pathlib import Path

from ..toolbelt.i18n import tr


def write_report(result, path: Path) -> Path:
    """``result``: a ``publish.PublishResult``; returns ``path``."""
    failed = {(change.layer, change.uid): sentence for change, sentence in result.failures}
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["layer", "uid", "action", "result"])
        for finding in result.plan.findings:  # a dry run's: what a publish would stop on
            writer.writerow([finding.layer or "", "", f"guard:{finding.kind}", finding.sentence()])
        for name in result.plan.absent:
            writer.writerow([name, "", "absent", tr("not on this server: kept in the working copy")])
        for problem in result.plan.photo_problems:
            writer.writerow([problem.layer, problem.uid, "photo", problem.sentence()])
        for photo, sentence in result.photos.get("not brought", []):
            writer.writerow(
                [
                    "",
                    "",
                    "photo",
                    tr("The photo {photo} could not be brought in ({sentence}); its record came in without it.").format(
                        photo=photo, sentence=sentence
                    ),
                ]
            )
        for change in result.plan.changes:
            outcome = failed.get((change.layer, change.uid)) or (tr("planned") if result.dry_run else tr("done"))
            writer.writerow([change.layer, change.uid, change.action, outcome])
    return path
