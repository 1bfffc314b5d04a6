data 1e308 1e308
bogus
