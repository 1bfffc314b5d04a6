# See it: the lecture's story told with explain, plots and compare.
# The lecture fits y = w·x to six points from w = 0.2 with α = 0.01.
load lecture
set plot ascii
plot fit

echo One batch step uses all six points. Here is its arithmetic, number by number:
explain next batch

echo SGD takes one point at a time. The lecture takes two: x = 2, then x = 4.
step sgd 2
step sgd 4
explain
echo The slide writes 0.552 because it keeps ŷ = 0.2·4 = 0.8, while gd recomputes ŷ with the new w.

echo Mini-batches of two, as on the slide: (1, 4), then (0, 2), then (3, 5).
reset
step minibatch 1 4
step minibatch 0 2
step minibatch 3 5
explain 2
explain

echo Where the loss goes, and the path w took over L(w):
train minibatch 2 5
plot loss
plot path
plot fit

echo The same three plots as SVG files, for a page or a slide (the README shows them):
plot fit to out/see-it-fit.svg
plot loss to out/see-it-loss.svg
plot path to out/see-it-path.svg

echo The same budget of passes, three ways, from where we are (the session is unchanged):
set seed 7
compare 5
show w

echo The best w, and the largest rate for which batch steps settle:
show best

echo Past that rate the loss grows and gd says so:
reset
set lr 0.15
train batch 4
