"""Pipeline stages, one module each, in the order data flows."""
