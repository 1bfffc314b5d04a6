show settings
set lr 0.05
set alpha 0.001
set w 1.5
show w
set seed 123
set batch 4
set shuffle off
set shuffle on
set rng numpy
set rng numpy-generator
set on-diverge rollback
set history-limit 50
set timer off
show settings
set rng gd
set learning-rate 0.01
show settings
