/** The 自检 card: shown inside Excel only, in the pane's language. */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { SelfTestSection } from '../../src/taskpane/components/SelfTestSection';
import { ExcelHost } from '../../src/excel/excel-host';
import { MemoryHost } from '../host/memory-host';
import { FakeExcel } from './fake-excel';

const render = (el: React.ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);

test('inside Excel the card is there, in Chinese and in English', () => {
  const host = new ExcelHost(new FakeExcel().environment());
  const zh = render(<SelfTestSection host={host} locale="zh-CN" />);
  expect(zh).toContain('data-testid="self-test"');
  expect(zh).toContain('运行自检');
  expect(zh).toContain('在一张临时工作表上试运行');
  expect(render(<SelfTestSection host={host} locale="en-US" />)).toContain('Run self-test');
});

test('on the demo host nothing is shown', () => {
  expect(render(<SelfTestSection host={new MemoryHost()} locale="zh-CN" />)).not.toContain('self-test');
});
