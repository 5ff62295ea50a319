"""The creative map itself: schema, workspace, styles, forms, validation, sample data (no widgets)."""
