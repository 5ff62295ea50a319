"""The reference shared servers of the creative map, run on loopback (see reference_server.py)."""
