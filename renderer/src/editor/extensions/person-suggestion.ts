import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionKeyDownProps, type SuggestionProps } from '@tiptap/suggestion';
import { houseForm } from '../../../../shared/office/house-form';
import type { Official } from '../../../../shared/office/model';
import { matchOfficials } from '../../../../shared/office/match';

export interface PersonSuggestionOptions {
  officials: () => Official[];
}

/** A list under the cursor, in plain DOM: the popup lives outside React and the editor alike. */
class PeopleMenu {
  readonly element = document.createElement('div');
  private items: Official[] = [];
  private selected = 0;
  private command: ((official: Official) => void) | null = null;

  constructor() {
    this.element.className = 'people-menu';
    this.element.setAttribute('role', 'listbox');
    this.element.setAttribute('aria-label', 'Chọn người trong danh bạ');
  }

  update(props: SuggestionProps<Official, Official>): void {
    this.items = props.items;
    this.command = props.command;
    this.selected = Math.min(this.selected, Math.max(0, this.items.length - 1));
    this.render();
  }

  keyDown({ event }: SuggestionKeyDownProps): boolean {
    if (this.items.length === 0) return false;
    if (event.key === 'ArrowDown') this.selected = (this.selected + 1) % this.items.length;
    else if (event.key === 'ArrowUp') this.selected = (this.selected + this.items.length - 1) % this.items.length;
    else if (event.key === 'Enter' || event.key === 'Tab') {
      this.command?.(this.items[this.selected]);
      return true;
    } else return false;
    this.render();
    return true;
  }

  private render(): void {
    this.element.replaceChildren();
    if (this.items.length === 0) {
      const empty = document.createElement('div');
      empty.className = 'people-menu-empty';
      empty.textContent = 'Không có ai trong danh bạ khớp tên này.';
      this.element.append(empty);
      return;
    }
    this.items.forEach((official, index) => {
      const option = document.createElement('div');
      option.className = `people-menu-item${index === this.selected ? ' is-selected' : ''}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === this.selected));
      const name = document.createElement('strong');
      name.textContent = official.name;
      const titles = document.createElement('span');
      titles.textContent = official.titles.join(', ');
      option.append(name, titles);
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        this.command?.(official);
      });
      this.element.append(option);
    });
  }
}

/**
 * Type "@" and a few letters of a name: pick the person, and the name is written with the titles in
 * the house form ("Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh").
 */
export const PersonSuggestion = Extension.create<PersonSuggestionOptions>({
  name: 'personSuggestion',
  addOptions() {
    return { officials: () => [] };
  },
  addProseMirrorPlugins() {
    const { officials } = this.options;
    return [
      Suggestion<Official, Official>({
        editor: this.editor,
        pluginKey: new PluginKey('personSuggestion'),
        char: '@',
        allowSpaces: true,
        items: ({ query }) => matchOfficials(officials(), query),
        command: ({ editor, range, props }) => {
          editor.chain().focus().insertContentAt(range, houseForm(props)).run();
        },
        render: () => {
          let menu: PeopleMenu | null = null;
          let unmount: (() => void) | null = null;
          return {
            onStart: (props) => {
              menu = new PeopleMenu();
              menu.update(props);
              unmount = props.mount(menu.element);
            },
            onUpdate: (props) => menu?.update(props),
            onKeyDown: (props) => {
              if (props.event.key === 'Escape') {
                unmount?.();
                unmount = null;
                return true;
              }
              return menu?.keyDown(props) ?? false;
            },
            onExit: () => {
              unmount?.();
              unmount = null;
              menu = null;
            },
          };
        },
      }),
    ];
  },
});
