"""Files of records to import, written as people and ArcGIS Survey123 write them (the helpers of the import tests)."""

from tests.qgis.test_import import around_park, write_csv, write_vector

__all__ = ["around_park", "write_csv", "write_vector"]
