"""Which QGIS versions `make test` runs where (scripts/qgis_trees.py): this machine's own QGIS runs the whole suite,
the Debian trees the others; on a Debian 13 machine (QGIS 3.40) its tree is not built again, and the 3.22 leg says
it is skipped."""

import qgis_trees


def test_on_debian_12_both_trees_run_after_the_host():
    assert [tree.qgis for tree in qgis_trees.chosen([], host="3.22")] == ["3.40", "3.44"]
    assert qgis_trees.legs("3.22") == [
        "QGIS 3.22: this machine's own (the whole suite)",
        "QGIS 3.40: the Debian tree trixie (unit, qgis, e2e)",
        "QGIS 3.44: the Debian tree trixie-backports (unit, qgis, e2e)",
    ]


def test_on_debian_13_the_host_is_3_40_and_the_3_22_leg_says_it_is_skipped():
    assert [tree.qgis for tree in qgis_trees.chosen([], host="3.40")] == ["3.44"]
    assert qgis_trees.legs("3.40")[-1] == (
        "QGIS 3.22: skipped (this machine's Debian has no QGIS 3.22: a Debian 12 machine runs it)"
    )


def test_a_tree_asked_for_by_name_is_run_whatever_the_host():
    assert [tree.qgis for tree in qgis_trees.chosen(["3.40"], host="3.40")] == ["3.40"]
