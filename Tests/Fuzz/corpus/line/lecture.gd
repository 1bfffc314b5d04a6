# The lecture's worked example: y = w·x fitted to six points, w = 0.2, α = 0.01.
# Run it: scripts/gd --echo examples/lecture.gd
load lecture
set lr 0.01
set w 0.2
show data
show loss                    # 5.658333333333334 (the lecture rounds it to 5.66)

echo batch: one update from all six points
step batch                   # 0.3426666666666667 (lecture: 0.343)

echo sgd: one point per update, first x=2, then x=4
reset
step sgd 2                   # 0.272
step sgd 4                   # 0.52896 (the lecture shows 0.552: it kept the old predictions)

echo mini-batch: two points per update
reset
step minibatch 1 4           # 0.346
step minibatch 0 2           # 0.37616 (lecture: 0.382)
step minibatch 3 5           # 0.5622656 (lecture: 0.438)
show history
