extension Dataset {
    /// The lecture's six points: position i has x = i.
    public static let lecture = Dataset(
        xs: [0, 1, 2, 3, 4, 5],
        ys: [0, 0.8, 2.2, 2.3, 4.3, 4.9]
    )

    /// The lecture's starting weight and learning rate.
    public static let lectureWeight = 0.2
    public static let lectureLearningRate = 0.01
}
