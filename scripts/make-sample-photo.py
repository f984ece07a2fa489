#!/usr/bin/env python3
"""Draws the sample article's photo (Articles/images/salle-attente.jpg): a waiting room seen
through a window at dawn, drawn here from shapes and light (no third-party artwork), then
saved as a 2000 × 1500 JPEG by cjpeg (libjpeg-turbo-progs, installed by scripts/setup.sh).
Run again only to change the picture: the JPEG is committed."""
import subprocess, sys
import numpy as np

W, H = 2000, 1500
y, x = np.mgrid[0:H, 0:W].astype(np.float32)
img = np.zeros((H, W, 3), np.float32)
# A wall in warm light, brighter towards the window.
img[:] = np.array([232, 222, 205], np.float32)
light = np.clip(1.2 - np.hypot(x - 1400, y - 500) / 1400, 0, 1)[..., None]
img = img * (0.75 + 0.3 * light)
# The window: sky from blue to peach, a pale sun, two hills.
win = (x > 1050) & (x < 1800) & (y > 180) & (y < 900)
t = np.clip((y - 180) / 720, 0, 1)[..., None]
sky = (1 - t) * np.array([120, 170, 220]) + t * np.array([250, 205, 170])
img = np.where(win[..., None], sky, img)
sun = win & (np.hypot(x - 1300, y - 640) < 70)
img[sun] = [255, 240, 210]
for cx, cy, r, col in [(1250, 1300, 520, (110, 150, 110)), (1650, 1350, 560, (90, 130, 100))]:
    hill = win & (np.hypot((x - cx) / 1.6, y - cy) < r)
    img[hill] = col
# Window frame and cross bars.
frame = ((x > 1030) & (x < 1820) & (y > 160) & (y < 920)) & ~win
frame |= win & ((np.abs(x - 1425) < 12) | (np.abs(y - 540) < 12))
img[frame] = [245, 242, 236]
# A floor, a row of three chairs, a small table with a plant.
img[y > 1150] = img[y > 1150] * 0.6 + np.array([150, 120, 95]) * 0.4
for cx in (250, 560, 870):
    seat = (np.abs(x - cx) < 120) & (np.abs(y - 1060) < 22)
    back = (np.abs(x - cx) < 110) & (y > 800) & (y < 1045) & (np.abs(x - cx) > 0)
    legs = ((np.abs(x - (cx - 95)) < 10) | (np.abs(x - (cx + 95)) < 10)) & (y > 1080) & (y < 1230)
    img[back] = [40, 110, 140]
    img[seat] = [30, 90, 120]
    img[legs] = [60, 60, 65]
table = (np.abs(x - 1300) < 160) & (np.abs(y - 1110) < 14)
img[table] = [200, 170, 130]
img[(np.abs(x - 1300) < 10) & (y > 1120) & (y < 1240)] = [120, 95, 70]
pot = (np.abs(x - 1300) < 50) & (y > 1010) & (y < 1096)
img[pot] = [190, 100, 70]
for ang in np.linspace(-1.2, 1.2, 9):
    leaf = np.hypot(x - (1300 + 120 * np.sin(ang)), y - (960 - 90 * np.cos(ang))) < 45
    img[leaf] = [70, 140, 80]
# A soft grain, as a photo has.
img += np.random.default_rng(7).normal(0, 3, img.shape)
ppm = b"P6 %d %d 255\n" % (W, H) + np.clip(img, 0, 255).astype(np.uint8).tobytes()
out = sys.argv[1] if len(sys.argv) > 1 else "Articles/images/salle-attente.jpg"
subprocess.run(["cjpeg", "-quality", "82", "-optimize", "-outfile", out], input=ppm, check=True)
print(out)
