"""Publishing to a shared OGC API - Features server: client, sync state, three-way plan, apply (no widgets)."""
