"""XVA, xapi's VM export format: its metadata (meta), the rows an import creates (vm_rows), tar as a stream."""
