//! HSDS 3.0 API, import and export (filled in below).
