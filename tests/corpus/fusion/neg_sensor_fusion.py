"""IMU + GPS sensor fusion for the delivery robot's localisation stack."""
from enum import Enum

import numpy as np


class SensorFusionKind(Enum):
    LOOSE = "loose"      # fuse position fixes only
    TIGHT = "tight"      # fuse raw pseudoranges


class KalmanFuser:
    def __init__(self, kind: SensorFusionKind = SensorFusionKind.LOOSE, q: float = 1e-3):
        self.kind = kind
        self.x = np.zeros(4)             # px, py, vx, vy
        self.P = np.eye(4)
        self.Q = np.eye(4) * q

    def predict(self, dt: float) -> None:
        F = np.eye(4)
        F[0, 2] = F[1, 3] = dt
        self.x = F @ self.x
        self.P = F @ self.P @ F.T + self.Q

    def update_gps(self, z: np.ndarray, r: float = 2.5) -> None:
        H = np.zeros((2, 4))
        H[0, 0] = H[1, 1] = 1.0
        S = H @ self.P @ H.T + np.eye(2) * r
        K = self.P @ H.T @ np.linalg.inv(S)
        self.x = self.x + K @ (z - H @ self.x)
        self.P = (np.eye(4) - K @ H) @ self.P
