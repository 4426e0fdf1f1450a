"""Tests for the gazetteer: normalisation, the store's build, lookups in the shipped data."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from eventwire.stages import gazetteer as gz
from eventwire.stages import gazetteer_build as gb
from eventwire.stages.gazetteer import Gazetteer, normalise


def tiny_sources() -> gb.Sources:
    """A hand-made world of a few places, enough to exercise the build and the lookups."""
    cities = [
        gb.CityRow(1, "Baghdad", 33.34, 44.40, "IQ", "07", 7_216_000, ["Bagdad", "BGW", "بغداد"]),
        gb.CityRow(2, "Deir ez-Zor", 35.33, 40.14, "SY", "07", 271_800, ["Dayr az Zawr", "Deir al-Zor"]),
        gb.CityRow(3, "Ar Raqqah", 35.95, 39.00, "SY", "04", 531_952, ["Raqqa", "Ar-Raqqah"]),
        gb.CityRow(4, "Al-Tabqa", 35.83, 38.54, "SY", "04", 87_880, ["Tabqa", "At Tabqah"]),
        gb.CityRow(5, "Damascus", 33.51, 36.29, "SY", "13", 1_569_394, ["Dimashq"]),
        gb.CityRow(6, "Mayadin", 35.02, 40.45, "SY", "07", 44_000, []),
    ]
    countries = [
        gb.CountryRow("IQ", "IRQ", 99237, "Iraq", "Baghdad", 38_433_600),
        gb.CountryRow("SY", "SYR", 163843, "Syria", "Damascus", 16_906_283),
    ]
    names = {
        ("IQ", "07"): "Baghdad",
        ("SY", "07"): "Deir ez-Zor",
        ("SY", "04"): "Ar-Raqqah",
        ("SY", "13"): "Dimashq Governorate",
    }
    areas = [gb.AreaRow("Middle East", "region", 29.0, 42.0, aliases=["Mideast"])]
    return gb.Sources(cities, countries, names, areas, {"SYR": ["Syrian Arab Republic"]})


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    path = tmp_path_factory.mktemp("gaz") / "tiny.sqlite"
    gb.build_store(path, tiny_sources())
    return Gazetteer(path)


# ---------------------------------------------------------------- normalise


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("Deir Ezzor", "Deir ez-Zor"),
        ("Deir el-Zor", "Deir ez-Zor"),
        ("DEIR EZ ZOR", "Deir ez-Zor"),
        ("Raqa", "Raqqa"),
        ("Ar-Raqqah", "Raqqa"),
        ("Ar Raqqah", "Raqqa"),
        ("al-Raqqa", "Raqqa"),
        ("At Tabqah", "Tabqa"),
        ("Al-Tabqa", "Tabqa"),
        ("São Paulo", "Sao Paulo"),
        ("Ma'arrat al-Nu'man", "Maarat Numan"),
        ("U.S.", "US"),
        ("Kyiv ", "kyiv"),
    ],
)
def test_normalise_brings_variants_together(variant: str, canonical: str) -> None:
    assert normalise(variant) == normalise(canonical)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Deir ez-Zor", "deir zor"),
        ("Ar-Raqqah", "raqa"),
        ("Washington, D.C.", "washington dc"),
        ("Aleppo", "alepo"),
        ("Al", "al"),
        ("Zürich", "zurich"),
    ],
)
def test_normalise_exact_forms(name: str, expected: str) -> None:
    assert normalise(name) == expected


def test_normalise_keeps_different_names_apart() -> None:
    assert normalise("Homs") != normalise("Hama")
    assert normalise("Deir ez-Zor") != normalise("Dayr az Zawr")  # vowels differ: alternate names join them


def test_an_acronym_keeps_its_doubled_letters() -> None:
    # "BBC" is a broadcaster, not "BC" (British Columbia); words and longer capitals still fold
    assert normalise("BBC") == "bbc" != normalise("BC")
    assert normalise("CNN") == "cnn"
    assert normalise("Bbc") == "bc"
    assert normalise("HULL") == normalise("Hull") == "hul"
    assert normalise("ACCRA") == normalise("Accra")


def test_article_kept_when_it_is_the_first_word_of_a_word_run() -> None:
    # "Assad" as a first word is a name, not an assimilated article; as a later word it folds.
    assert normalise("Assad") == "asad"
    assert normalise("Deir Ezzor").endswith(" zor")


# ---------------------------------------------------------------- building and opening


def test_tiny_build_has_places_of_every_kind(tiny: Gazetteer) -> None:
    kinds = {p.kind for name in ("Iraq", "Baghdad", "Middle East") for p in tiny.lookup(name)}
    assert kinds == {"country", "city", "admin1", "region"}
    assert len(tiny) == 6 + 2 + 4 + 1


def test_area_points_are_the_middle_of_their_towns_grid(tiny: Gazetteer) -> None:
    syria = tiny.country("SYR")  # towns in the 2-degree squares (16,18), (17,19), (17,20)
    assert syria is not None and (syria.lat, syria.lon) == (34.33333, 39.0)
    deir = next(p for p in tiny.lookup("Deir ez-Zor") if p.kind == "admin1")
    assert (deir.lat, deir.lon) == (35.0, 41.0)  # both towns in the 2-degree square (17, 20)
    assert deir.population == 271_800 + 44_000


def test_centre_leaves_out_outlying_groups() -> None:
    towns = [gb.CityRow(i, "t", 40.0 + i * 0.1, -100.0, "US", "", 0) for i in range(5)]
    towns.append(gb.CityRow(9, "island", 20.0, -155.0, "US", "", 0))
    assert gb.centre(towns, 2.0) == (41.0, -99.0)


def test_given_country_point_overrides_the_derived_one(tmp_path: Path) -> None:
    src = tiny_sources()
    src.country_points = {"SYR": (35.0, 38.0)}
    gb.build_store(tmp_path / "g.sqlite", src)
    syria = Gazetteer(tmp_path / "g.sqlite").country("SYR")
    assert syria is not None and (syria.lat, syria.lon) == (35.0, 38.0)


def test_admin2_areas_and_admin1_aliases_and_ids(tmp_path: Path) -> None:
    src = tiny_sources()
    src.admin2 = [gb.Admin2Row("Mayadin District", "SY", "07", {6})]
    src.admin1_aliases = {("SY", "Deir ez-Zor"): ["DEZ."]}
    src.admin1_ids = {("SY", "07"): 170792}
    gb.build_store(tmp_path / "g.sqlite", src)
    g = Gazetteer(tmp_path / "g.sqlite")
    county = next(p for p in g.lookup("Mayadin District") if p.kind == "admin2")
    assert (county.lat, county.lon, county.admin1, county.population) == (35.02, 40.45, "Deir ez-Zor", 44_000)
    assert "admin2" in {p.kind for p in g.lookup("Mayadin")}
    assert [(p.kind, p.geonameid) for p in g.lookup("Dez.")] == [("admin1", 170792)]


def test_admin1_takes_namesake_city_alternate_names(tiny: Gazetteer) -> None:
    kinds = {p.kind for p in tiny.lookup("Dayr az Zawr")}
    assert kinds == {"city", "admin1"}


def test_admin1_found_without_its_generic_word(tiny: Gazetteer) -> None:
    assert [p.kind for p in tiny.lookup("Dimashq")] == ["admin1", "city"]


def test_codes_and_other_scripts_are_not_indexed(tiny: Gazetteer) -> None:
    assert tiny.lookup("BGW") == []
    assert tiny.lookup("بغداد") == []
    assert tiny.lookup("") == []


def test_lookup_most_populous_first_and_matches_flag_primary(tiny: Gazetteer) -> None:
    places = tiny.lookup("Raqa")
    assert [p.kind for p in places] == ["admin1", "city"]
    assert places[0].population >= places[1].population
    primary = {m.place.kind: m.primary for m in tiny.matches("Dimashq")}
    assert primary == {"admin1": True, "city": False}


def test_country_by_name_uses_aliases_and_rejects_cities(tiny: Gazetteer) -> None:
    syria = tiny.country_by_name("Syrian Arab Republic")
    assert syria is not None and syria.country == "SYR"
    assert tiny.country_by_name("Baghdad") is None
    assert tiny.country("irq") is not None and tiny.country("XXX") is None


def test_saint_and_st_forms_meet(tmp_path: Path) -> None:
    src = tiny_sources()
    src.cities += [
        gb.CityRow(7, "Saint-Marc", 19.11, -72.69, "SY", "13", 160_000, []),
        gb.CityRow(8, "St. Albans", 51.75, -0.34, "SY", "13", 82_000, []),
    ]
    gb.build_store(tmp_path / "g.sqlite", src)
    g = Gazetteer(tmp_path / "g.sqlite")
    assert [p.name for p in g.lookup("St. Marc")] == ["Saint-Marc"]
    assert [p.name for p in g.lookup("Saint Albans")] == ["St. Albans"]
    assert g.matches("St Marc")[0].primary


def test_admin1_found_as_north_or_northern(tmp_path: Path) -> None:
    src = tiny_sources()
    src.cities.append(gb.CityRow(9, "Nyala", 12.05, 24.88, "SY", "50", 565_000, []))
    src.admin1_names[("SY", "50")] = "Southern Hills"
    gb.build_store(tmp_path / "g.sqlite", src)
    g = Gazetteer(tmp_path / "g.sqlite")
    assert [(p.name, p.kind) for p in g.lookup("South Hills")] == [("Southern Hills", "admin1")]
    assert g.matches("South Hills")[0].primary


def test_us_county_joined_whether_spelt_st_or_saint() -> None:
    cities = [gb.CityRow(1, "Chalmette", 29.94, -89.96, "US", "LA", 16_000, [])]
    rows = [{"country_code": "US", "latitude": "29.94", "longitude": "-89.96", "county": "Saint Bernard Parish"}]
    counties = [{"name": "St. Bernard Parish", "state": "LA"}]
    assert [r.name for r in gb.join_us_counties(cities, rows, counties)] == ["St. Bernard Parish"]


def test_gazetteer_pickles_as_its_path(tiny: Gazetteer) -> None:
    tiny.lookup("Baghdad")
    clone = pickle.loads(pickle.dumps(tiny))
    assert clone.path == tiny.path
    assert [p.name for p in clone.lookup("Baghdad")] == [p.name for p in tiny.lookup("Baghdad")]


def test_failed_build_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(gb, "_write", boom)
    target = tmp_path / "g.sqlite"
    with pytest.raises(KeyboardInterrupt):
        gb.build_store(target, tiny_sources())
    assert list(tmp_path.iterdir()) == []


def test_build_replaces_a_stale_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    target.write_text("not a database")
    gb.build_store(target, tiny_sources())
    assert Gazetteer(target).lookup("Tabqa")[0].name == "Al-Tabqa"
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite"]


def test_open_builds_once_then_reuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Path] = []

    def fake_build(path: Path, data_dirs: object = ()) -> int:
        calls.append(path)
        return gb.build_store(path, tiny_sources())

    monkeypatch.setattr(gz, "build", fake_build)
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    first = Gazetteer.open()
    second = Gazetteer.open()
    assert len(calls) == 1
    assert first.path == second.path and first.path.parent == tmp_path
    assert f"v{gz.BUILD_VERSION}" in first.path.name


def test_cache_name_changes_with_user_data(tmp_path: Path) -> None:
    (tmp_path / "country_aliases.tsv").write_text("iso3\talias\nSYR\tSham\n", encoding="utf-8")
    assert gz.default_path([str(tmp_path)]) != gz.default_path()


def test_user_data_dirs_add_rows(tmp_path: Path) -> None:
    (tmp_path / "regions.tsv").write_text(
        "name\tkind\tlat\tlon\tcountry\taliases\nJazira\tregion\t36\t40\tSYR\tJazeera|Al-Jazira\n",
        encoding="utf-8",
    )
    rows = gb.read_regions([str(tmp_path)])
    assert rows[-1].name == "Jazira" and rows[-1].country == "SYR"
    assert rows[-1].aliases == ["Jazeera", "Al-Jazira"]


def test_admin1_names_joined_by_majority() -> None:
    cities = [gb.CityRow(i, f"c{i}", 10.0 + i, 20.0, "SY", "04", 1000) for i in range(3)]
    rows = [
        {"country_code": "SY", "latitude": 10.0 + i, "longitude": 20.0, "state": s}
        for i, s in enumerate(["Ar-Raqqah", "Ar-Raqqah", "Raqqa Gov"])
    ]
    assert gb.join_admin1_names(cities, rows) == {("SY", "04"): "Ar-Raqqah"}


# ---------------------------------------------------------------- the shipped gazetteer


@pytest.fixture(scope="session")
def world() -> Gazetteer:
    return Gazetteer.open()


def _top(g: Gazetteer, name: str, kind: str | None = None) -> tuple[str, str | None]:
    places = [p for p in g.lookup(name) if kind is None or p.kind == kind]
    assert places, f"nothing found for {name!r}"
    return places[0].name, places[0].country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Baghdad", "city", ("Baghdad", "IRQ")),
        ("Deir Ezzor", "city", ("Deir ez-Zor", "SYR")),
        ("Deir ez-Zor", "city", ("Deir ez-Zor", "SYR")),
        ("Raqqa", "city", ("Ar Raqqah", "SYR")),
        ("Raqa", "city", ("Ar Raqqah", "SYR")),
        ("Aleppo", "city", ("Aleppo", "SYR")),
        ("Tabqa", "city", ("Al-Tabqa", "SYR")),
        ("Damascus", "city", ("Damascus", "SYR")),
        ("Lagos", "city", ("Lagos", "NGA")),
        ("Paris", "city", ("Paris", "FRA")),
        ("Washington", "city", ("Washington", "USA")),
        ("Syria", "country", ("Syria", "SYR")),
        ("Iraq", "country", ("Iraq", "IRQ")),
        ("US", "country", ("United States", "USA")),
        ("U.S.", "country", ("United States", "USA")),
        ("Britain", "country", ("United Kingdom", "GBR")),
        ("Ivory Coast", "country", ("Ivory Coast", "CIV")),
        ("DR Congo", "country", ("Democratic Republic of the Congo", "COD")),
        ("Middle East", "region", ("Middle East", None)),
        ("Africa", "continent", ("Africa", None)),
        ("Indian Ocean", "region", ("Indian Ocean", None)),
        ("the Urals", "region", ("Ural Mountains", "RUS")),
        ("Rift Valley Province", "region", ("Rift Valley Province", "KEN")),
        ("Kasai Occidental", "region", ("Kasai-Occidental", "COD")),
        ("Republic of Congo", "country", ("Republic of the Congo", "COG")),
        ("St. Kitts and Nevis", "country", ("Saint Kitts and Nevis", "KNA")),
        ("St. Marc", "city", ("Saint-Marc", "HTI")),
    ],
)
def test_shipped_lookups(world: Gazetteer, name: str, kind: str, expected: tuple[str, str | None]) -> None:
    assert _top(world, name, kind) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "country", "admin1"),
    [
        ("Aleppo", "SYR", "Aleppo"),
        ("Raqqa", "SYR", "Ar-Raqqah"),
        ("Deir Ezzor", "SYR", "Deir ez-Zor"),
        ("Baghdad", "IRQ", "Baghdad"),
        ("Borno", "NGA", "Borno State"),
        ("Texas", "USA", "Texas"),
        ("Menoufia", "EGY", "Monufia"),
        ("Central Plateau", "HTI", "Centre"),
        ("South Darfur", "SDN", "Southern Darfur"),
        ("North Kivu", "COD", "Nord Kivu"),
    ],
)
def test_shipped_admin1_areas(world: Gazetteer, name: str, country: str, admin1: str) -> None:
    areas = [p for p in world.lookup(name) if p.kind == "admin1"]
    assert [(p.country, p.admin1) for p in areas][:1] == [(country, admin1)]
    assert areas[0].population > 0 and areas[0].lat != 0.0


@pytest.mark.slow
def test_shipped_country_points_and_washington_dc(world: Gazetteer) -> None:
    iraq = world.country("IRQ")
    assert iraq is not None and (iraq.lat, iraq.lon) == (33.0, 44.0)  # country_points.tsv
    counties = [p for p in world.lookup("Rapides Parish") if p.kind == "admin2"]
    assert counties and counties[0].admin1 == "Louisiana"
    assert world.lookup("Ky.")[0].name == "Kentucky"
    dc = next(p for p in world.lookup("Washington") if p.kind == "city")
    assert dc.admin1 == "District of Columbia"


def test_given_admin1_points_from_the_states_database(tmp_path: Path) -> None:
    folder = tmp_path / "by-country" / "SY"
    folder.mkdir(parents=True)
    rows = [
        {"name": "Ar-Raqqah Governorate", "country_code": "SY", "latitude": "35.4", "longitude": "38.6"},
        {"name": "Deir ez-Zor Governorate", "country_code": "SY", "latitude": "35.33", "longitude": "40.14"},
        {"name": "Dimashq Governorate", "country_code": "SY", "latitude": "10.0", "longitude": "10.0"},
        {"name": "Latakia", "country_code": "SY", "latitude": "not a number", "longitude": "35.8"},
    ]
    (folder / "states.json").write_text(json.dumps(rows), encoding="utf-8")
    points = gb.read_state_points(tmp_path / "by-country")
    src = tiny_sources()
    src.admin1_points = gb.match_state_points(src.admin1_names, points)
    assert src.admin1_points[("SY", "04")] == (35.4, 38.6)  # "Ar-Raqqah" matches "Ar-Raqqah Governorate"
    gb.build_store(tmp_path / "g.sqlite", src)
    gaz = Gazetteer(tmp_path / "g.sqlite")
    area = {
        p.name: p
        for p in gaz.lookup("Ar-Raqqah") + gaz.lookup("Deir ez-Zor") + gaz.lookup("Dimashq")
        if p.kind == "admin1"
    }
    assert (area["Ar-Raqqah"].lat, area["Ar-Raqqah"].lon) == (35.4, 38.6)
    assert (area["Deir ez-Zor"].lat, area["Deir ez-Zor"].lon) != (35.33, 40.14)  # on its namesake town: derived
    assert (area["Dimashq Governorate"].lat, area["Dimashq Governorate"].lon) != (10.0, 10.0)  # far off: derived
    assert gb.read_state_points(tmp_path / "missing") == {}


def test_admin2_areas_outside_the_us_from_the_towns_county_names() -> None:
    cities = tiny_sources().cities
    rows = [
        {"country_code": "SY", "latitude": 35.33, "longitude": 40.14, "county": "Deir ez-Zor District"},
        {"country_code": "SY", "latitude": 35.02, "longitude": 40.45, "county": "Al Mayadin District"},
        {"country_code": "SY", "latitude": 35.95, "longitude": 39.0},  # no county: no area
        {"country_code": "US", "latitude": 35.83, "longitude": 38.54, "county": "Elsewhere County"},
    ]
    areas = {a.name: a for a in gb.join_world_admin2(cities, rows)}
    assert set(areas) == {"Deir ez-Zor District", "Al Mayadin District"}
    assert areas["Al Mayadin District"].members == {6}
    assert (areas["Al Mayadin District"].country2, areas["Al Mayadin District"].admin1code) == ("SY", "07")


def test_admin_ids_read_from_a_subdivision_table(tmp_path: Path) -> None:
    from eventwire.stages.gazetteer_ids import read_admin_ids

    table = tmp_path / "subdivisions.tsv"
    table.write_text(
        "Illinois\tUS-IL\tUS.IL\t4896861\tState\t\t1\t\t233\n"
        "Cook County\t\tUS.IL.031\t4888671\t\tCook|Condado de Cook\t2\t1\t233\n"
        "Cook County\t\tUS.GA.075\t4189236\t\tCook\t2\t2\t233\n"
        "Al Mayadin District\t\tSY.07.0703\t170704\t\t\t2\t3\t200\n"
        "Saint Bernard Parish\t\tUS.LA.087\t4339526\t\t\t2\t4\t233\n"
        "broken row\tonly\n"
        "No Id\t\tSY.07.0704\t\t\t\t2\t3\t200\n",
        encoding="utf-8",
    )
    ids = read_admin_ids(table)
    assert ids.admin1[("US", "IL")] == 4896861
    assert ids.admin2_id("US", "IL", "Cook County") == 4888671
    assert ids.admin2_id("US", "GA", "Cook County") == 4189236
    assert ids.admin2_id("US", "TX", "Cook County") is None  # two in the country: no guess
    assert ids.admin2_id("SY", "99", "Al-Mayadin District") == 170704  # one in the country, names normalised
    assert ids.admin2_id("SY", "07", "No Id") is None
    assert ids.admin2_id("US", "LA", "St. Bernard Parish") == 4339526  # "St." and "Saint" are one name
    assert read_admin_ids(tmp_path / "missing.tsv").admin1 == {}


@pytest.mark.slow
def test_shipped_admin_areas_carry_geonames_ids(world: Gazetteer) -> None:
    cook = next(p for p in world.lookup("Cook County") if p.kind == "admin2" and p.admin1 == "Illinois")
    assert cook.geonameid == 4888671
    borno = next(p for p in world.lookup("Borno") if p.kind == "admin1")
    assert borno.geonameid == 2346794
