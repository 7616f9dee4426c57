"""HTSD: records and reports of the lifelong-learning programme (QĐ 1520/QĐ-TTg)."""

__version__ = "0.1.0"
APP_NAME = "htsd"
