"""The creative map's feature provider for pygeoapi 0.21.0: its PostgreSQL provider, able to write the records of
the attribute-only layers (``sme_enrolment``, ``crowdfunding_campaign``: no geometry column).

pygeoapi's own provider turns every body's ``geometry`` into a shape, so a feature without one (``"geometry":
null``, as OGC API - Features writes a record that has no place) fails with a bare 500. Here a record without a
geometry is written to a table without a geometry column; a located layer still refuses it (as before: 500).

This file is copied into the run folder at each start (gunicorn's ``--chdir``, and ``PYTHONPATH`` for
``pygeoapi openapi generate``) and named in the configuration as ``pygeoapi_provider.CreativeMapProvider``. It
runs inside pygeoapi's own virtual environment, never in the plugin's.
"""

from pygeoapi.provider.base import ProviderInvalidDataError
from pygeoapi.provider.sql import PostgreSQLProvider


class CreativeMapProvider(PostgreSQLProvider):
    def _feature_to_sqlalchemy(self, json_data, identifier=None):
        if json_data.get("geometry") is not None:
            return super()._feature_to_sqlalchemy(json_data, identifier)
        if hasattr(self.table_model, self.geom):  # a located layer keeps its place: refused, as pygeoapi does
            raise ProviderInvalidDataError(f"a feature of {self.table} needs a geometry")
        attributes = {**(json_data.get("properties") or {})}
        attributes.pop("identifier", None)
        attributes[self.id_field] = identifier
        try:
            return self.table_model(**attributes)
        except Exception as error:  # what pygeoapi's own provider does with a body it cannot map
            raise ProviderInvalidDataError(str(error)) from error
