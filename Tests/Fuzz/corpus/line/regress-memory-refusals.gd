gen 10000000000
set history-limit 9223372036854775807
gen 200000 seed=3
set history-limit 100000000
show
