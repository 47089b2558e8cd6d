//! Partner and editor listings (filled in below).
